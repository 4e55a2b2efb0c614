import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFocusOnChange } from '../../../../shared/hooks/useFocusOnChange.ts';

/**
 * "Tiden är avbokad." after a cancellation. The buttons that were focused are gone with the booked
 * time, so focus moves here and the message is read out.
 */
/** `count`: how many times were cancelled on this page (each one moves focus here again). */
export function CancelledNotice({ count }: { count: number }) {
  const { t } = useTranslation();
  const ref = useFocusOnChange<HTMLDivElement>(count);
  if (count === 0) return null;
  return (
    <Alert data-color="success" ref={ref} tabIndex={-1} className="vk-notice">
      <Paragraph>{t('resident.bookings.cancelled')}</Paragraph>
    </Alert>
  );
}
