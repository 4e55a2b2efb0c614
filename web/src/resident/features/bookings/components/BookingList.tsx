import type { ReactNode } from 'react';
import type { ResidentBooking } from '../../../../shared/contracts.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { BookingCard } from './BookingCard.tsx';

interface BookingListProps {
  bookings: ResidentBooking[];
  empty: ReactNode;
  emptyHint?: ReactNode;
  headingLevel?: 2 | 3;
  actions?: (booking: ResidentBooking) => ReactNode;
}

export function BookingList({ bookings, empty, emptyHint, headingLevel, actions }: BookingListProps) {
  if (bookings.length === 0) return <EmptyState hint={emptyHint}>{empty}</EmptyState>;
  return (
    <ul className="vk-list-reset vk-stack">
      {bookings.map((booking) => (
        <li key={booking.id}>
          <BookingCard booking={booking} headingLevel={headingLevel} actions={actions?.(booking)} />
        </li>
      ))}
    </ul>
  );
}
