import { useTranslation } from 'react-i18next';
import type { ConversationEvent } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime } from '../../../../shared/i18n/format.ts';
import { useMyBooking } from '../../bookings/hooks/useMyBookings.ts';
import { formatMessageTime } from '../hooks/message-time.ts';

/** What happened to the conversation, in a plain sentence between the messages (R-MS-6, R-BK-7). */
export function EventLine({ event, at }: { event: ConversationEvent; at: string }) {
  const language = useLanguage();
  return (
    <p className="vk-chat__event">
      <EventText event={event} /> <time dateTime={at}>{formatMessageTime(at, language)}</time>
    </p>
  );
}

function EventText({ event }: { event: ConversationEvent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  switch (event.type) {
    case 'taken':
      return t('resident.messages.conversation.event.taken', { name: event.staffName, profession: t(`enums.profession.${event.profession}`).toLocaleLowerCase(language) });
    case 'handed_over':
      if (event.toStaffName && event.toStaffProfession)
        return t('resident.messages.conversation.event.handedOverStaff', { name: event.toStaffName, profession: t(`enums.profession.${event.toStaffProfession}`).toLocaleLowerCase(language) });
      if (event.toQueue) return t('resident.messages.conversation.event.handedOverQueue', { profession: t(`enums.profession.${event.toQueue}`).toLocaleLowerCase(language) });
      return t('resident.messages.conversation.event.handedOver');
    case 'call_back':
      return t('resident.messages.conversation.event.callBack');
    case 'closed':
      return t('resident.messages.conversation.event.closed');
    case 'booking_change':
      return <BookingChangeText bookingId={event.bookingId} />;
  }
}

function BookingChangeText({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { booking } = useMyBooking(bookingId);
  return booking
    ? t('resident.messages.conversation.event.bookingChange', { time: formatDateTime(booking.startsAt, language) })
    : t('resident.messages.conversation.event.bookingChangeUnknown');
}
