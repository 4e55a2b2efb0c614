import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface Props {
  confirmLabel: string;
  pending: boolean;
  onCancel: () => void;
  /** Without it the confirm button submits the dialog's form. */
  onConfirm?: () => void;
  /** Red for actions that take something away (block, end, unregister). */
  danger?: boolean;
  /** When "Avbryt" could be mistaken for the action itself (e.g. cancelling a booking). */
  cancelLabel?: string;
}

/** The confirm and cancel buttons at the foot of every dialog. */
export function DialogActions({ confirmLabel, pending, onCancel, onConfirm, danger = false, cancelLabel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="vk-row">
      <Button
        type={onConfirm ? 'button' : 'submit'}
        onClick={onConfirm}
        {...(danger ? { 'data-color': 'danger' } : {})}
        loading={pending}
        disabled={pending}
      >
        {confirmLabel}
      </Button>
      <Button type="button" variant="tertiary" onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
    </div>
  );
}
