import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { useRegionStatistics } from '../hooks/useRegionStatistics.ts';
import { SeriesCard } from './SeriesCard.tsx';

const PERIODS = [6, 12, 24, 36] as const;

/** R-UN-5: the region's figures month by month, for region administrators. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [months, setMonths] = useState<number>(12);
  const statistics = useRegionStatistics(months);
  const data = statistics.data;

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('staff.statistics.title')} app="portal" />
        <Paragraph>{t('staff.statistics.intro', { region: data?.regionName ?? t('common.regionName') })}</Paragraph>
        <Field className="vk-field-narrow">
          <Label>{t('staff.statistics.period')}</Label>
          <Select value={String(months)} onChange={(e) => setMonths(Number(e.target.value))}>
            {PERIODS.map((count) => (
              <Select.Option key={count} value={String(count)}>
                {t('staff.statistics.months', { count })}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      {statistics.isPending || statistics.isPlaceholderData ? <Loading label={t('staff.statistics.loading')} /> : null}
      {statistics.isError ? <ErrorAlert error={statistics.error} onRetry={() => void statistics.refetch()} /> : null}
      {data ? (
        <>
          <div className="vk-stat-grid">
            {data.series.map((series) => (
              <SeriesCard key={series.key} series={series} months={data.months} />
            ))}
          </div>
          <Paragraph data-size="sm" className="vk-muted">
            {t('staff.statistics.computedAt', { at: formatDateTimeShort(data.computedAt, language) })}
          </Paragraph>
        </>
      ) : null}
    </div>
  );
}
