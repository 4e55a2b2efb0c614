import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { InboxQuery, StaffMeResponse } from '../../../../shared/contracts.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { inboxParams, inboxQueryFrom } from '../hooks/inbox-params.ts';
import { useInbox } from '../hooks/useInbox.ts';
import { useNow } from '../hooks/useNow.ts';
import { InboxFilters } from './InboxFilters.tsx';
import { InboxList } from './InboxList.tsx';
import { InboxSummary } from './InboxSummary.tsx';
import { PrintListSummaryLine } from '../../print-list/components/PrintListSummaryLine.tsx';
import { InboxViews } from './InboxViews.tsx';

/** R-MS-12, R-MS-7: the unit's conversations by view and filter, oldest waiting first, kept up to date live. */
export function InboxPage({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = inboxQueryFrom(params);
  const inbox = useInbox(me.activeUnitId, query);
  const now = useNow();
  const filtered = Boolean(query.errand || query.mode || query.waitingOverMinutes);
  const change = (next: InboxQuery) => setParams(inboxParams(next), { replace: true });
  // While another view loads, the last one's rows are not shown under the new view's name.
  const shown = inbox.data && !inbox.isPlaceholderData ? inbox.data.conversations : null;

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('staff.messages.inbox.title')} app="portal" />
        {inbox.data ? <InboxSummary summary={inbox.data.summary} now={now} /> : null}
        <PrintListSummaryLine unitId={me.activeUnitId} />
      </div>
      <InboxViews query={query} summary={inbox.data?.summary ?? null} />
      <InboxFilters query={query} onChange={change} />
      {inbox.isPending || inbox.isPlaceholderData ? <Loading label={t('staff.messages.inbox.loading')} /> : null}
      {inbox.isError ? <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} /> : null}
      {shown && shown.length === 0 ? (
        <EmptyState hint={filtered ? t('staff.messages.inbox.emptyFilteredHint') : undefined}>{t(`staff.messages.inbox.empty.${query.view}`)}</EmptyState>
      ) : null}
      {shown && shown.length > 0 ? <InboxList conversations={shown} me={me} now={now} view={query.view} /> : null}
    </div>
  );
}
