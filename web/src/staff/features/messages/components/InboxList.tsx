import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem, InboxView, StaffMeResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort, stockholmDay } from '../../../../shared/i18n/format.ts';
import { staffPaths } from '../../../paths.ts';
import { holdingOf } from '../hooks/holding.ts';
import { ageOn } from '../hooks/resident-age.ts';
import { durationText } from '../hooks/waiting-time.ts';
import { ModeTag } from './ModeTag.tsx';

interface Props {
  conversations: InboxItem[];
  me: StaffMeResponse;
  now: number;
  view: InboxView;
}

/** The conversations in the order the server gives (oldest waiting first); each row is one link. */
export function InboxList({ conversations, me, now, view }: Props) {
  const { t } = useTranslation();
  return (
    <ol className="vk-list-reset vk-inbox" aria-label={t(`staff.messages.inbox.views.${view}`)}>
      {conversations.map((conversation) => (
        <InboxRow key={conversation.id} conversation={conversation} me={me} now={now} />
      ))}
    </ol>
  );
}

function InboxRow({ conversation: c, me, now }: { conversation: InboxItem; me: StaffMeResponse; now: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const holding = holdingOf(c.holder, me);
  const profession = (p: InboxItem['queue']) => (p ? t(`enums.profession.${p}`).toLocaleLowerCase(language) : '');

  const waiting =
    c.status === 'closed'
      ? t('staff.messages.inbox.row.closed', { date: formatDateTimeShort(c.lastMessageAt, language) })
      : c.awaiting === 'care' && c.waitingSince
        ? t('staff.messages.inbox.row.waited', { duration: durationText(t, c.waitingSince, now) })
        : t('staff.messages.inbox.row.awaitingResident');
  const holder =
    holding === 'me'
      ? t('staff.messages.inbox.row.heldByMe')
      : c.holder
        ? t('staff.messages.inbox.row.heldBy', { name: c.holder.name, profession: profession(c.holder.profession) })
        : c.queue
          ? t('staff.messages.inbox.row.inQueue', { profession: profession(c.queue) })
          : t('staff.messages.inbox.row.unheld');

  return (
    <li className={c.unread > 0 ? 'vk-inbox-item vk-inbox-item--unread' : 'vk-inbox-item'}>
      <div className="vk-inbox-item__head">
        <Link to={staffPaths.conversation(c.id)} className="vk-inbox-item__link">
          {c.resident.name}
        </Link>
        <span className="vk-muted">{t('staff.messages.age', { age: ageOn(c.resident.birthDate, stockholmDay(new Date(now).toISOString())) })}</span>
        <span className="vk-tags">
          <ModeTag mode={c.mode} />
          {c.handedOver ? (
            <Tag data-color="info" data-size="sm">
              {t('staff.messages.inbox.row.handedOver')}
            </Tag>
          ) : null}
          {c.unread > 0 ? (
            <Tag data-color="danger" data-size="sm">
              {t('staff.messages.inbox.row.unread', { count: c.unread })}
            </Tag>
          ) : null}
        </span>
      </div>
      <p className="vk-inbox-item__meta">
        <span>{c.errand ? t(`staff.messages.errands.${c.errand}`) : t('staff.messages.startedByCare')}</span>
        <span className={c.awaiting === 'care' && c.status === 'open' ? 'vk-inbox-item__waiting' : undefined}>{waiting}</span>
        <span>{holder}</span>
      </p>
    </li>
  );
}
