import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime } from '../../../../shared/i18n/format.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ShieldIcon } from '../../../../shared/ui/icons.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { useAccessLog } from '../hooks/useAccessLog.ts';

/** "Vem har läst mina uppgifter" — every staff read of the resident's data (R-IN-2). */
export function AccessLogPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const log = useAccessLog();

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('resident.accessLog.title')} />
        <Paragraph>{t('resident.accessLog.intro')}</Paragraph>
      </div>

      {log.isPending ? <Loading label={t('resident.accessLog.loading')} /> : null}
      {log.isError ? <ErrorAlert error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.data && log.data.entries.length === 0 ? <EmptyState icon={<ShieldIcon />}>{t('resident.accessLog.empty')}</EmptyState> : null}
      {log.data && log.data.entries.length > 0 ? (
        <ul className="vk-list-reset vk-stack" aria-label={t('resident.accessLog.title')}>
          {log.data.entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <Card data-color="neutral" className="vk-access-entry">
                <div className="vk-stack vk-stack--sm">
                  <Heading level={2} data-size="2xs">
                    <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                  </Heading>
                  <dl className="vk-facts">
                    <dt>{t('resident.accessLog.who')}</dt>
                    <dd>
                      {t('resident.accessLog.staffLine', {
                        name: entry.staffName,
                        profession: t(`enums.profession.${entry.profession}`),
                        role: t(`enums.staffRole.${entry.role}`).toLocaleLowerCase(language),
                      })}
                    </dd>
                    <dt>{t('resident.accessLog.unit')}</dt>
                    <dd>{entry.unitName}</dd>
                    <dt>{t('resident.accessLog.what')}</dt>
                    <dd>{t(`enums.auditAction.${entry.action}`)}</dd>
                  </dl>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      ) : null}

      <Card data-color="neutral" variant="tinted">
        <Heading level={2} data-size="2xs">
          {t('resident.accessLog.concernHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('resident.accessLog.concern')}</Paragraph>
      </Card>
    </div>
  );
}
