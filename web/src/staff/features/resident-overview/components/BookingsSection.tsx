import { Button, Heading, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentOverviewResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort, localized } from '../../../../shared/i18n/format.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { CalendarIcon } from '../../../../shared/ui/icons.tsx';
import { BookForResidentDialog } from '../../staff-booking/components/BookForResidentDialog.tsx';

interface Props {
  residentId: string;
  residentName: string;
  bookings: ResidentOverviewResponse['bookings'];
}

/** The resident's bookings at the active unit, and booking a new time (R-BK-5). */
export function BookingsSection({ residentId, residentName, bookings }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [booking, setBooking] = useState(false);
  const [booked, setBooked] = useState(false);
  const unknown = <span className="vk-muted">{t('staff.overview.unknown')}</span>;

  return (
    <section className="vk-section" aria-labelledby="overview-bookings">
      <div className="vk-page-head">
        <Heading level={2} data-size="sm" id="overview-bookings">
          {t('staff.overview.bookingsHeading')}
        </Heading>
        <Button
          variant="secondary"
          onClick={() => {
            setBooked(false);
            setBooking(true);
          }}
        >
          <CalendarIcon className="vk-inline-icon" />
          {t('staff.booking.open')}
        </Button>
      </div>
      <p role="status" className="vk-status">
        {booked ? t('staff.booking.booked') : null}
      </p>
      {bookings.length === 0 ? (
        <EmptyState>{t('staff.overview.bookingsEmpty')}</EmptyState>
      ) : (
        <div className="vk-table-wrap">
          <Table zebra border>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('staff.overview.bookingTime')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.overview.bookingType')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.overview.bookingMode')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.overview.bookingPractitioner')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.overview.bookingStatus')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {bookings.map((item) => (
                <Table.Row key={item.id}>
                  <Table.Cell>
                    <time dateTime={item.startsAt}>{formatDateTimeShort(item.startsAt, language)}</time>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="vk-stack vk-stack--sm">
                      <span>{localized(item.appointmentType, language)}</span>
                      {item.hiddenType ? (
                        <span>
                          <Tag data-color="warning" data-size="sm">
                            {t('staff.overview.hiddenType')}
                          </Tag>
                          <span className="vk-muted"> {t('staff.overview.hiddenTypeHint')}</span>
                        </span>
                      ) : null}
                    </div>
                  </Table.Cell>
                  <Table.Cell>{t(`enums.bookingMode.${item.mode}`)}</Table.Cell>
                  <Table.Cell>{item.practitionerName ?? unknown}</Table.Cell>
                  <Table.Cell>{t(`enums.bookingStatus.${item.status}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <BookForResidentDialog
        residentId={residentId}
        residentName={residentName}
        open={booking}
        onClose={(didBook) => {
          setBooking(false);
          setBooked(didBook);
        }}
      />
    </section>
  );
}
