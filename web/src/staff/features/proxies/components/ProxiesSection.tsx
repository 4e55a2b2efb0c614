import { Button, Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProxyEntry, ResidentProxiesResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { dayBefore, formatDate, formatDateTimeShort, formatIdentifier } from '../../../../shared/i18n/format.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { useResidentProxies } from '../hooks/useResidentProxies.ts';
import { AddProxyDialog, type AddableKind } from './AddProxyDialog.tsx';
import { EndProxyDialog } from './EndProxyDialog.tsx';
import { BlockGuardiansDialog, LiftGuardianBlockDialog } from './GuardianBlockDialogs.tsx';

interface Props {
  residentId: string;
  residentName: string;
  /** The active unit's roles include unit_manager: may block and unblock guardians (R-PX-6). */
  isUnitManager: boolean;
}

const knownActions = ['switched_to_subject', 'viewed_bookings'] as const;
type KnownAction = (typeof knownActions)[number];
const isKnownAction = (action: string): action is KnownAction => (knownActions as readonly string[]).includes(action);

type Dialog =
  | { type: 'add'; kind: AddableKind }
  | { type: 'end'; grantId: string; proxyName: string }
  | { type: 'blockGuardians' }
  | { type: 'lift'; blockId: string; guardianName: string }
  | null;

/** "Ombud": every proxy with kind, basis, validity, state and decision; guardian blocks; what proxies did (R-PX-6). */
export function ProxiesSection({ residentId, residentName, isUnitManager }: Props) {
  const { t } = useTranslation();
  const proxies = useResidentProxies(residentId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const data = proxies.data;
  const guardians = uniqueGuardians(data);
  const activeBlocks = data?.guardianBlocks.filter((b) => b.liftedAt === null) ?? [];
  const blockable = guardians.filter((g) => !activeBlocks.some((b) => b.guardian.residentId === g.residentId));

  return (
    <section className="vk-section" aria-labelledby="overview-proxies">
      <Heading level={2} data-size="sm" id="overview-proxies">
        {t('staff.proxies.heading')}
      </Heading>
      {proxies.isPending ? <Loading label={t('staff.proxies.loading')} /> : null}
      {proxies.isError ? <ErrorAlert error={proxies.error} onRetry={() => void proxies.refetch()} /> : null}
      {data ? (
        <>
          {data.proxies.length === 0 ? (
            <EmptyState>{t('staff.proxies.empty')}</EmptyState>
          ) : (
            <ul className="vk-list-reset vk-proxy-list">
              {data.proxies.map((entry) => (
                <li key={entry.grantId ?? `${entry.kind}-${entry.proxy.residentId}`}>
                  <ProxyCard entry={entry} onEnd={(grantId, proxyName) => setDialog({ type: 'end', grantId, proxyName })} />
                </li>
              ))}
            </ul>
          )}

          <div className="vk-row">
            {guardians.length > 0 ? (
              <Button variant="secondary" onClick={() => setDialog({ type: 'add', kind: 'guardian_special_need' })}>
                {t('staff.proxies.add.guardian_special_need')}
              </Button>
            ) : null}
            <Button variant="secondary" onClick={() => setDialog({ type: 'add', kind: 'legal_representative' })}>
              {t('staff.proxies.add.legal_representative')}
            </Button>
            <Button variant="secondary" onClick={() => setDialog({ type: 'add', kind: 'authorised_representative' })}>
              {t('staff.proxies.add.authorised_representative')}
            </Button>
          </div>

          {isUnitManager || data.guardianBlocks.length > 0 ? (
            <div className="vk-stack vk-stack--sm vk-subsection">
              <Heading level={3} data-size="xs">
                {t('staff.proxies.guardianBlock.heading')}
              </Heading>
              {data.guardianBlocks.length === 0 ? <Paragraph>{t('staff.proxies.guardianBlock.none')}</Paragraph> : null}
              {data.guardianBlocks.length > 0 ? (
                <ul className="vk-list-reset vk-proxy-list">
                  {data.guardianBlocks.map((block) => {
                    const guardianName = `${block.guardian.givenName} ${block.guardian.familyName}`;
                    return (
                      <li key={block.id}>
                        <GuardianBlockCard
                          guardianName={guardianName}
                          block={block}
                          canLift={isUnitManager && block.liftedAt === null}
                          onLift={() => setDialog({ type: 'lift', blockId: block.id, guardianName })}
                        />
                      </li>
                    );
                  })}
                </ul>
              ) : null}
              {isUnitManager && blockable.length > 0 ? (
                <div>
                  <Button variant="secondary" data-color="danger" onClick={() => setDialog({ type: 'blockGuardians' })}>
                    {t('staff.proxies.guardianBlock.open')}
                  </Button>
                </div>
              ) : null}
            </div>
          ) : null}

          <ActivityList activity={data.activity} />
        </>
      ) : null}

      <AddProxyDialog residentId={residentId} kind={dialog?.type === 'add' ? dialog.kind : 'legal_representative'} guardians={guardians} open={dialog?.type === 'add'} onClose={close} />
      {dialog?.type === 'end' ? <EndProxyDialog residentId={residentId} grantId={dialog.grantId} proxyName={dialog.proxyName} residentName={residentName} open onClose={close} /> : null}
      <BlockGuardiansDialog residentId={residentId} residentName={residentName} guardians={blockable} open={dialog?.type === 'blockGuardians'} onClose={close} />
      {dialog?.type === 'lift' ? <LiftGuardianBlockDialog residentId={residentId} blockId={dialog.blockId} guardianName={dialog.guardianName} open onClose={close} /> : null}
    </section>
  );
}

function uniqueGuardians(data: ResidentProxiesResponse | undefined) {
  const seen = new Map<string, { residentId: string; name: string }>();
  for (const entry of data?.proxies ?? []) {
    if (entry.kind === 'guardian' && !seen.has(entry.proxy.residentId)) {
      seen.set(entry.proxy.residentId, { residentId: entry.proxy.residentId, name: `${entry.proxy.givenName} ${entry.proxy.familyName}` });
    }
  }
  return [...seen.values()];
}

function stateTag(entry: ProxyEntry): { color: 'success' | 'danger' | 'neutral'; key: 'active' | 'blocked' | 'ended' } {
  if (entry.state.active) return { color: 'success', key: 'active' };
  if (entry.state.reason === 'guardian_blocked' || entry.state.reason === 'account_blocked') return { color: 'danger', key: 'blocked' };
  return { color: 'neutral', key: 'ended' };
}

function ProxyCard({ entry, onEnd }: { entry: ProxyEntry; onEnd: (grantId: string, proxyName: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = `${entry.proxy.givenName} ${entry.proxy.familyName}`;
  const tag = stateTag(entry);
  const { basis, state } = entry;

  const basisText =
    basis.kind === 'population_register'
      ? t('staff.proxies.basis.population_register')
      : basis.kind === 'guardian_special_need'
        ? t('staff.proxies.basis.guardian_special_need', { reason: basis.reason })
        : basis.kind === 'legal_representative'
          ? t('staff.proxies.basis.legal_representative', { court: basis.court, caseNumber: basis.caseNumber, date: formatDate(basis.decisionDate, language) })
          : t('staff.proxies.basis.authorised_representative', { reference: basis.reference, scope: basis.scope });

  const validity =
    entry.validFrom && entry.validUntil
      ? t('staff.proxies.validity.fromUntil', { from: formatDate(entry.validFrom, language), until: formatDate(entry.validUntil, language) })
      : entry.validFrom
        ? t('staff.proxies.validity.from', { from: formatDate(entry.validFrom, language) })
        : entry.validUntil
          ? t('staff.proxies.validity.until', { until: formatDate(entry.validUntil, language) })
          : entry.kind === 'guardian'
            ? t('staff.proxies.validity.guardian')
            : t('staff.proxies.validity.open');

  const stateText = state.active
    ? state.endsOn
      ? t('staff.proxies.state.activeUntil', { date: formatDate(dayBefore(state.endsOn), language) })
      : t('staff.proxies.state.activeOpen')
    : t(`staff.proxies.inactive.${state.reason}`);

  return (
    <Card data-color={tag.key === 'blocked' ? 'danger' : 'neutral'}>
      <div className="vk-stack vk-stack--sm">
        <div className="vk-proxy__head">
          <Heading level={3} data-size="2xs">
            {name}
          </Heading>
          <div className="vk-tags">
            <Tag data-color="info">{t(`staff.proxies.kind.${entry.kind}`)}</Tag>
            <Tag data-color={tag.color}>{t(`staff.proxies.stateTag.${tag.key}`)}</Tag>
          </div>
        </div>
        <dl className="vk-facts">
          <dt>{t('staff.proxies.identifier')}</dt>
          <dd className="vk-identifier">{formatIdentifier(entry.proxy.identifier)}</dd>
          <dt>{t('staff.proxies.basisLabel')}</dt>
          <dd>{basisText}</dd>
          <dt>{t('staff.proxies.validityLabel')}</dt>
          <dd>{validity}</dd>
          <dt>{t('staff.proxies.stateLabel')}</dt>
          <dd>{stateText}</dd>
          <dt>{t('staff.proxies.decidedLabel')}</dt>
          <dd>
            {entry.decidedBy && entry.decidedAt
              ? t('staff.proxies.decidedBy', { name: entry.decidedBy.name, unit: entry.decidedBy.unitName, at: formatDateTimeShort(entry.decidedAt, language) })
              : t('staff.proxies.decidedAutomatically')}
          </dd>
        </dl>
        {entry.grantId && state.active ? (
          <div>
            <Button variant="secondary" data-size="sm" data-color="danger" onClick={() => onEnd(entry.grantId!, name)}>
              {t('staff.proxies.end.open')}
              <span className="ds-sr-only"> {name}</span>
            </Button>
          </div>
        ) : null}
      </div>
    </Card>
  );
}

function GuardianBlockCard({
  guardianName,
  block,
  canLift,
  onLift,
}: {
  guardianName: string;
  block: ResidentProxiesResponse['guardianBlocks'][number];
  canLift: boolean;
  onLift: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lifted = block.liftedAt !== null;
  return (
    <Card data-color={lifted ? 'neutral' : 'danger'}>
      <div className="vk-stack vk-stack--sm">
        <div className="vk-proxy__head">
          <Heading level={4} data-size="2xs">
            {guardianName}
          </Heading>
          <Tag data-color={lifted ? 'neutral' : 'danger'}>{lifted ? t('staff.proxies.guardianBlock.lifted') : t('staff.proxies.guardianBlock.active')}</Tag>
        </div>
        <dl className="vk-facts">
          <dt>{t('staff.proxies.guardianBlock.reasonLabel')}</dt>
          <dd>{block.reason}</dd>
          <dt>{t('staff.proxies.decidedLabel')}</dt>
          <dd>{t('staff.proxies.decidedBy', { name: block.decidedBy.name, unit: block.decidedBy.unitName, at: formatDateTimeShort(block.decidedAt, language) })}</dd>
          {block.liftedAt ? (
            <>
              <dt>{t('staff.proxies.guardianBlock.liftedAt')}</dt>
              <dd>{formatDateTimeShort(block.liftedAt, language)}</dd>
            </>
          ) : null}
        </dl>
        {canLift ? (
          <div>
            <Button variant="secondary" data-size="sm" onClick={onLift}>
              {t('staff.proxies.guardianBlock.lift')}
              <span className="ds-sr-only"> {guardianName}</span>
            </Button>
          </div>
        ) : null}
      </div>
    </Card>
  );
}

function ActivityList({ activity }: { activity: ResidentProxiesResponse['activity'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="vk-stack vk-stack--sm vk-subsection">
      <Heading level={3} data-size="xs">
        {t('staff.proxies.activity.heading')}
      </Heading>
      {activity.length === 0 ? (
        <Paragraph>{t('staff.proxies.activity.empty')}</Paragraph>
      ) : (
        <div className="vk-table-wrap">
          <Table zebra border>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('staff.proxies.activity.when')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.proxies.activity.what')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {activity.map((item, index) => (
                <Table.Row key={`${item.at}-${index}`}>
                  <Table.Cell>
                    <time dateTime={item.at}>{formatDateTimeShort(item.at, language)}</time>
                  </Table.Cell>
                  <Table.Cell>
                    {t('staff.proxies.activity.line', {
                      name: item.actorName,
                      action: isKnownAction(item.action) ? t(`staff.proxies.activity.actions.${item.action}`) : t('staff.proxies.activity.actions.other'),
                    })}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
