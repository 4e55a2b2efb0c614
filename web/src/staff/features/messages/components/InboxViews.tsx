import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { inboxView, type InboxQuery, type InboxResponse, type InboxView } from '../../../../shared/contracts.ts';
import { inboxParams } from '../hooks/inbox-params.ts';

type Summary = InboxResponse['summary'];
const countOf: Partial<Record<InboxView, (s: Summary) => number>> = {
  new: (s) => s.new,
  mine: (s) => s.mine,
  waiting_for_resident: (s) => s.waitingForResident,
  handed_over: (s) => s.handedOver,
};

/** The inbox's views as links (the filters go along), each with the unit's count where there is one. */
export function InboxViews({ query, summary }: { query: InboxQuery; summary: Summary | null }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('staff.messages.inbox.viewsLabel')}>
      <ul className="vk-list-reset vk-inbox-views">
        {inboxView.options.map((view) => {
          const count = summary ? countOf[view]?.(summary) : undefined;
          const search = inboxParams({ ...query, view }).toString();
          return (
            <li key={view}>
              <Link to={{ search: search ? `?${search}` : '' }} className="vk-inbox-view" aria-current={view === query.view ? 'page' : undefined}>
                {t(`staff.messages.inbox.views.${view}`)}
                {count !== undefined ? <span className="vk-count">{count}</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
