import { Card, Details, Heading, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatNumber } from '../../statistics/hooks/chart-scale.ts';
import { BarChart, type Bar } from './BarChart.tsx';

interface Props {
  heading: string;
  hint: string;
  /** The bars with the labels under them, and the fuller labels for the table. */
  bars: (Bar & { tableLabel: string })[];
  description: string;
}

/** One question's answers: the chart, and the same counts as a table. */
export function AnswersCard({ heading, hint, bars, description }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  return (
    <Card data-color="neutral" asChild>
      <section aria-labelledby={headingId} className="vk-stat-card">
        <Card.Block className="vk-stat-card__body">
          <div className="vk-stack vk-stack--sm">
            <Heading level={2} data-size="xs" id={headingId}>
              {heading}
            </Heading>
            <p className="vk-muted">{hint}</p>
          </div>
          <BarChart bars={bars} title={heading} description={description} />
        </Card.Block>
        <Details>
          <Details.Summary>{t('staff.evaluations.table')}</Details.Summary>
          <Details.Content>
            <Table data-size="sm" zebra>
              <caption className="ds-sr-only">{heading}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('staff.evaluations.answer')}</Table.HeaderCell>
                  <Table.HeaderCell className="vk-number">{t('staff.evaluations.count')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {bars.map((bar) => (
                  <Table.Row key={bar.label}>
                    <Table.HeaderCell scope="row">{bar.tableLabel}</Table.HeaderCell>
                    <Table.Cell className="vk-number">{formatNumber(bar.value, language)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Details.Content>
        </Details>
      </section>
    </Card>
  );
}
