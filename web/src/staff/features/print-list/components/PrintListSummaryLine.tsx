import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort } from '../../../../shared/i18n/format.ts';
import { staffPaths } from '../../../paths.ts';
import { usePrintListSummary } from '../hooks/usePrintList.ts';

/** R-DC-9, R-MS-12: beside the incoming messages, how many documents wait to be printed and since when. */
export function PrintListSummaryLine({ unitId }: { unitId: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const summary = usePrintListSummary(unitId, true).data;
  if (!summary) return null;
  return (
    <p className="vk-inbox-summary">
      <Link asChild>
        <RouterLink to={staffPaths.printList}>
          <strong>{summary.waiting ? t('documents.printList.summary', { count: summary.waiting }) : t('documents.printList.summaryNone')}</strong>
        </RouterLink>
      </Link>
      {summary.oldestQueuedAt ? `, ${t('documents.printList.summaryOldest', { time: formatDateTimeShort(summary.oldestQueuedAt, language) })}` : null}
    </p>
  );
}
