import type { TFunction } from 'i18next';
import type { ConversationEvent, Message } from '../../../../shared/contracts.ts';
import type { Language } from '../../../../shared/i18n/index.ts';
import { formatDateTimeShort, formatTime, stockholmDay } from '../../../../shared/i18n/format.ts';

/** "10:12" today, "14 mars 2025 10:12" on other days. */
export function messageTime(iso: string, language: Language, now = Date.now()): string {
  return stockholmDay(iso) === stockholmDay(new Date(now).toISOString()) ? formatTime(iso, language) : formatDateTimeShort(iso, language);
}

/** A change in the conversation said in plain words, as an event line. */
export function eventText(t: TFunction, event: ConversationEvent, language: Language): string {
  switch (event.type) {
    case 'taken':
      return t('staff.messages.events.taken', { name: event.staffName });
    case 'handed_over':
      if (event.toStaffName) return t('staff.messages.events.handedOverToColleague', { name: event.toStaffName });
      return event.toQueue ? t('staff.messages.events.handedOverToQueue', { profession: t(`enums.profession.${event.toQueue}`).toLocaleLowerCase(language) }) : t('staff.messages.events.handedOver');
    case 'call_back':
      return t('staff.messages.events.callBack');
    case 'closed':
      return t('staff.messages.events.closed');
    case 'booking_change':
      return t('staff.messages.events.bookingChange');
  }
}

/** Who wrote a message: the resident (or a proxy for them), a named staff member, or the service itself. */
export function authorText(t: TFunction, message: Message, residentName: string, language: Language): string {
  if (message.author === 'resident') return message.authorName ? t('staff.messages.thread.byProxy', { name: message.authorName, resident: residentName }) : residentName;
  if (message.author === 'care' && message.authorName) {
    return message.authorProfession ? t('staff.messages.thread.byStaff', { name: message.authorName, profession: t(`enums.profession.${message.authorProfession}`).toLocaleLowerCase(language) }) : message.authorName;
  }
  return t('staff.messages.thread.bySystem');
}

/** "PDF, 120 kB": the kind of file from its type and its size, rounded as people read it. */
export function fileFacts(contentType: string, size: number, language: Language): string {
  const kind = (contentType.split('/')[1] ?? contentType).toUpperCase();
  const locale = language === 'en' ? 'en-GB' : 'sv-SE';
  const [value, unit] = size >= 1_000_000 ? [size / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(size / 1000)), 'kilobyte'];
  return `${kind}, ${new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: unit === 'megabyte' ? 1 : 0 }).format(value)}`;
}
