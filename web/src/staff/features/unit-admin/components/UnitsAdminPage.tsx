import { Button, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AdminUnitSummary } from '../../../../shared/contracts.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { staffPaths } from '../../../paths.ts';
import { useAdminUnits } from '../hooks/useAdminUnits.ts';

/** The units an administrator looks after (all of the region for a region admin), each linking to its page. */
export function UnitsAdminPage() {
  const { t } = useTranslation();
  const units = useAdminUnits();
  const data = units.data;

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <div className="vk-page-head">
          <PageHeading title={t('staff.unitAdmin.list.title')} app="portal" />
          {data?.mayConnect ? (
            <Button asChild>
              <RouterLink to={staffPaths.connectUnit}>{t('staff.unitAdmin.list.connect')}</RouterLink>
            </Button>
          ) : null}
        </div>
        <Paragraph>{t('staff.unitAdmin.list.intro')}</Paragraph>
      </div>
      {units.isPending ? <Loading label={t('staff.unitAdmin.list.loading')} /> : null}
      {units.isError ? <ErrorAlert error={units.error} onRetry={() => void units.refetch()} /> : null}
      {data && data.units.length === 0 ? (
        <EmptyState hint={data.mayConnect ? t('staff.unitAdmin.list.emptyHintConnect') : t('staff.unitAdmin.list.emptyHint')}>{t('staff.unitAdmin.list.empty')}</EmptyState>
      ) : null}
      {data && data.units.length > 0 ? <UnitsTable units={data.units} /> : null}
    </div>
  );
}

function UnitsTable({ units }: { units: AdminUnitSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="vk-table-wrap">
      <Table zebra border>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('staff.unitAdmin.list.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('staff.unitAdmin.list.kind')}</Table.HeaderCell>
            <Table.HeaderCell>{t('staff.unitAdmin.list.hsaId')}</Table.HeaderCell>
            <Table.HeaderCell>{t('staff.unitAdmin.list.city')}</Table.HeaderCell>
            <Table.HeaderCell>{t('staff.unitAdmin.list.functions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {units.map((unit) => (
            <Table.Row key={unit.id}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={staffPaths.adminUnit(unit.id)}>{unit.name}</RouterLink>
                </Link>
              </Table.Cell>
              <Table.Cell>{t(`enums.unitKind.${unit.kind}`)}</Table.Cell>
              <Table.Cell className="vk-identifier">{unit.hsaId}</Table.Cell>
              <Table.Cell>{unit.city}</Table.Cell>
              <Table.Cell>
                {unit.functions.length === 0 ? (
                  <span className="vk-muted">{t('staff.unitAdmin.list.noFunctions')}</span>
                ) : (
                  <ul className="vk-list-reset vk-tags">
                    {unit.functions.map((fn) => (
                      <li key={fn}>
                        <Tag data-size="sm" data-color="info">
                          {t(`enums.unitFunction.${fn}`)}
                        </Tag>
                      </li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
