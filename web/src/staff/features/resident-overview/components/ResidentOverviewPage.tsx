import { Alert, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { ResidentOverviewResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDate, formatDateTime, formatIdentifier } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { staffPaths } from '../../../paths.ts';
import { AccountBlockedBanner, BlockAccountButton } from '../../account-block/components/AccountBlock.tsx';
import { StartConversationButton } from '../../messages/components/StartConversationButton.tsx';
import { ProxiesSection } from '../../proxies/components/ProxiesSection.tsx';
import { useStaffMe } from '../../units/hooks/useStaffMe.ts';
import { useResidentOverview } from '../hooks/useResidentOverview.ts';
import { BookingsSection } from './BookingsSection.tsx';
import { DocumentsSection } from '../../documents/components/DocumentsSection.tsx';

const accountColor = { none: 'neutral', active: 'success', blocked: 'danger' } as const;

/** Identity, protected identity, account state and bookings at the unit, and writing to the resident (R-MS-1); the read itself is logged (R-IN-2). */
export function ResidentOverviewPage() {
  const { t } = useTranslation();
  const { residentId = '' } = useParams();
  const overview = useResidentOverview(residentId);

  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={staffPaths.search}>← {t('staff.overview.back')}</RouterLink>
        </Link>
      </Paragraph>
      {overview.isPending ? (
        <>
          <PageHeading title={t('staff.overview.title')} app="portal" />
          <Loading label={t('staff.overview.loading')} />
        </>
      ) : null}
      {overview.isError ? (
        <>
          <PageHeading title={t('staff.overview.title')} app="portal" />
          <ErrorAlert error={overview.error} />
        </>
      ) : null}
      {overview.data ? <Overview data={overview.data} /> : null}
    </div>
  );
}

function Overview({ data }: { data: ResidentOverviewResponse }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { resident, account, bookings } = data;
  const name = `${resident.givenName} ${resident.familyName}`;
  const me = useStaffMe();
  const isUnitManager = me.data?.units.find((unit) => unit.id === me.data?.activeUnitId)?.roles.includes('unit_manager') ?? false;
  const unknown = <span className="vk-muted">{t('staff.overview.unknown')}</span>;

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack vk-stack--sm">
        <PageHeading title={`${name} – ${t('staff.overview.title')}`} app="portal">
          {name}
        </PageHeading>
        <div className="vk-tags">
          <Tag data-color="neutral">{`${t(`enums.identifierKind.${resident.identifierKind}`)} ${formatIdentifier(resident.identifier)}`}</Tag>
          {resident.protectedIdentity ? <Tag data-color="danger">{t('staff.overview.protectedHeading')}</Tag> : null}
          <Tag data-color={accountColor[account.state]}>{t(`enums.accountState.${account.state}`)}</Tag>
        </div>
        <div className="vk-row">
          <StartConversationButton residentId={resident.id} residentName={name} />
        </div>
      </div>

      {account.state === 'blocked' ? <AccountBlockedBanner residentId={resident.id} name={name} reason={account.blockedReason} /> : null}

      {resident.protectedIdentity ? (
        <Alert data-color="danger">
          <Heading level={2} data-size="xs">
            {t('staff.overview.protectedHeading')}
          </Heading>
          <Paragraph>{t('staff.overview.protectedText')}</Paragraph>
        </Alert>
      ) : null}

      <Alert data-color="info" data-size="sm">
        <Paragraph data-size="sm">{t('staff.overview.logged')}</Paragraph>
      </Alert>

      <div className="vk-overview-grid">
        <Card data-color="neutral">
          <div className="vk-stack">
            <Heading level={2} data-size="xs">
              {t('staff.overview.identityHeading')}
            </Heading>
            <dl className="vk-facts">
              <dt>{t(`enums.identifierKind.${resident.identifierKind}`)}</dt>
              <dd className="vk-identifier">{formatIdentifier(resident.identifier)}</dd>
              <dt>{t('staff.overview.birthDate')}</dt>
              <dd>{formatDate(resident.birthDate, language)}</dd>
              <dt>{t('staff.overview.age')}</dt>
              <dd>{t('staff.overview.ageValue', { age: resident.ageYears })}</dd>
              <dt>{t('staff.overview.county')}</dt>
              <dd>{resident.registeredCounty ?? unknown}</dd>
              <dt>{t('staff.overview.listing')}</dt>
              <dd>{resident.listingUnitName ?? unknown}</dd>
              <dt>{t('staff.overview.mobile')}</dt>
              <dd>{resident.mobileNumber ?? unknown}</dd>
            </dl>
          </div>
        </Card>

        <Card data-color={account.state === 'blocked' ? 'danger' : 'neutral'}>
          <div className="vk-stack">
            <Heading level={2} data-size="xs">
              {t('staff.overview.accountHeading')}
            </Heading>
            <dl className="vk-facts">
              <dt>{t('staff.overview.accountState')}</dt>
              <dd>
                <Tag data-color={accountColor[account.state]}>{t(`enums.accountState.${account.state}`)}</Tag>
              </dd>
              {account.state === 'blocked' ? (
                <>
                  <dt>{t('staff.overview.blockedReason')}</dt>
                  <dd>{account.blockedReason ? t(`enums.blockReason.${account.blockedReason}`) : unknown}</dd>
                </>
              ) : null}
              <dt>{t('staff.overview.termsAccepted')}</dt>
              <dd>{account.termsAcceptedAt ? formatDateTime(account.termsAcceptedAt, language) : t('staff.overview.termsNotAccepted')}</dd>
            </dl>
            {account.state !== 'blocked' ? <BlockAccountButton residentId={resident.id} name={name} /> : null}
          </div>
        </Card>
      </div>

      <ProxiesSection residentId={resident.id} residentName={name} isUnitManager={isUnitManager} />

      <BookingsSection residentId={resident.id} residentName={name} bookings={bookings} />

      <DocumentsSection residentId={resident.id} residentName={name} />
    </div>
  );
}
