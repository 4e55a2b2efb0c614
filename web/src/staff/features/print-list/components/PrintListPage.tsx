import { Alert, Button, Checkbox, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMeResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDate, formatDateTimeShort } from '../../../../shared/i18n/format.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { useMarkPrinted, usePrintList, usePrintSelection } from '../hooks/usePrintList.ts';

/** R-DC-6, R-DC-9: the unit's print list: choose documents, print them as one PDF, mark them printed. */
export function PrintListPage({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = usePrintList(me.activeUnitId);
  const print = usePrintSelection();
  const mark = useMarkPrinted(me.activeUnitId);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [marked, setMarked] = useState<number | null>(null);
  const items = list.data?.items ?? [];
  const selected = items.filter((i) => chosen.has(i.id)).map((i) => i.id);
  const toggle = (id: string) => setChosen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('documents.printList.title')} app="portal" />
        <Paragraph>{t('documents.printList.intro')}</Paragraph>
      </div>
      {list.isPending ? <Loading label={t('documents.printList.loading')} /> : null}
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {marked !== null ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t('documents.printList.printed', { count: marked })}</Paragraph>
        </Alert>
      ) : null}
      {list.data && items.length === 0 ? <EmptyState hint={t('documents.printList.emptyHint')}>{t('documents.printList.empty')}</EmptyState> : null}
      {items.length ? (
        <>
          <div className="vk-table-wrap">
            <Table zebra border>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>
                    <Checkbox
                      aria-label={t('documents.printList.selectAll')}
                      checked={selected.length === items.length}
                      onChange={() => setChosen(selected.length === items.length ? new Set() : new Set(items.map((i) => i.id)))}
                    />
                  </Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.printList.document')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.printList.resident')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.printList.reason')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.printList.waiting')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((item) => (
                  <Table.Row key={item.id}>
                    <Table.Cell>
                      <Checkbox aria-label={t('documents.printList.select', { title: item.title, name: item.resident.name })} checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />
                    </Table.Cell>
                    <Table.Cell>
                      {t(`enums.documentKind.${item.kind}`)}: {item.title}
                    </Table.Cell>
                    <Table.Cell>
                      {item.resident.name} ({formatDate(item.resident.birthDate, language)})
                    </Table.Cell>
                    <Table.Cell>{t(`documents.staff.printReason.${item.reason}`)}</Table.Cell>
                    <Table.Cell className="vk-nowrap">
                      <time dateTime={item.queuedAt}>{formatDateTimeShort(item.queuedAt, language)}</time>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {print.error ? <ErrorAlert error={print.error} /> : null}
          {mark.error ? <ErrorAlert error={mark.error} /> : null}
          <div className="vk-row">
            <Button type="button" disabled={selected.length === 0 || print.isPending} loading={print.isPending} onClick={() => print.mutate(selected)}>
              {print.isPending ? t('documents.printList.printing') : t('documents.printList.print', { count: selected.length })}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={selected.length === 0 || mark.isPending}
              onClick={() =>
                mark.mutate(selected, {
                  onSuccess: (r) => {
                    setMarked(r.printed);
                    setChosen(new Set());
                  },
                })
              }
            >
              {t('documents.printList.markPrinted')}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
