import { Card, Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FiguresTable } from '../../../charts/FiguresTable.tsx';
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
        <FiguresTable
          summary={t('staff.evaluations.table')}
          caption={heading}
          labelHeading={t('staff.evaluations.answer')}
          valueHeading={t('staff.evaluations.count')}
          rows={bars.map((bar) => ({ key: bar.label, label: bar.tableLabel, value: bar.value }))}
        />
      </section>
    </Card>
  );
}
