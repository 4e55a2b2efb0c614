import { Details, Table } from '@digdir/designsystemet-react';
import { useLanguage } from '../../shared/hooks/useLanguage.ts';
import { formatNumber } from './chart-scale.ts';

interface Props {
  /** The disclosure's text, e.g. "Visa som tabell". */
  summary: string;
  caption: string;
  labelHeading: string;
  valueHeading: string;
  rows: { key: string; label: string; value: number }[];
}

/** A chart's figures as a table behind a disclosure, for those who read numbers rather than shapes. */
export function FiguresTable({ summary, caption, labelHeading, valueHeading, rows }: Props) {
  const language = useLanguage();
  return (
    <Details>
      <Details.Summary>{summary}</Details.Summary>
      <Details.Content>
        <Table data-size="sm" zebra>
          <caption className="ds-sr-only">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{labelHeading}</Table.HeaderCell>
              <Table.HeaderCell className="vk-number">{valueHeading}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                <Table.Cell className="vk-number">{formatNumber(row.value, language)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Details.Content>
    </Details>
  );
}
