import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ResidentSearchResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDate, formatIdentifier } from '../../../../shared/i18n/format.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { staffPaths } from '../../../paths.ts';

export function SearchResults({ results }: { results: ResidentSearchResponse['results'] }) {
  const { t } = useTranslation();
  const language = useLanguage();

  if (results.length === 0) {
    return <EmptyState hint={t('staff.search.emptyHint')}>{t('staff.search.empty')}</EmptyState>;
  }

  return (
    <div className="vk-table-wrap">
      <Table zebra border>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('staff.search.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('staff.search.identifier')}</Table.HeaderCell>
            <Table.HeaderCell>{t('staff.search.birthDate')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="ds-sr-only">{t('staff.search.open')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {results.map((resident) => {
            const name = `${resident.givenName} ${resident.familyName}`;
            return (
              <Table.Row key={resident.id}>
                <Table.Cell>
                  <div className="vk-stack vk-stack--sm">
                    <span>{name}</span>
                    {resident.protectedIdentity ? (
                      <span>
                        <Tag data-color="danger" data-size="sm">
                          {t('staff.search.protected')}
                        </Tag>
                      </span>
                    ) : null}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <span className="vk-identifier">{formatIdentifier(resident.identifier)}</span>
                  <div className="vk-muted">{t(`enums.identifierKind.${resident.identifierKind}`)}</div>
                </Table.Cell>
                <Table.Cell>{formatDate(resident.birthDate, language)}</Table.Cell>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={staffPaths.resident(resident.id)} aria-label={t('staff.search.openFor', { name })}>
                      {t('staff.search.open')}
                    </RouterLink>
                  </Link>
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
