import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ResidentBooking } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime, localized } from '../../../../shared/i18n/format.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useCancelBooking } from '../hooks/useBookingChanges.ts';

interface Props {
  booking: ResidentBooking;
  open: boolean;
  onClose: () => void;
  onCancelled: () => void;
}

/** "Avboka tiden?": names the time, says it goes to someone else, and cancels on confirmation. */
export function CancelBookingDialog({ booking, open, onClose, onCancelled }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cancel = useCancelBooking();
  const close = () => {
    cancel.reset();
    onClose();
  };

  return (
    <ModalDialog open={open} onClose={close} title={t('resident.bookings.cancelDialog.title')}>
      <div className="vk-dialog-form">
        <Paragraph>
          {t('resident.bookings.cancelDialog.text', { type: localized(booking.appointmentType, language), time: formatDateTime(booking.startsAt, language) })}
        </Paragraph>
        {cancel.isError ? <ErrorAlert error={cancel.error} /> : null}
        <DialogActions
          confirmLabel={t('resident.bookings.cancelDialog.confirm')}
          cancelLabel={t('resident.bookings.cancelDialog.keep')}
          pending={cancel.isPending}
          onCancel={close}
          onConfirm={() =>
            cancel.mutate(booking.id, {
              onSuccess: () => {
                close();
                onCancelled();
              },
            })
          }
          danger
        />
      </div>
    </ModalDialog>
  );
}
