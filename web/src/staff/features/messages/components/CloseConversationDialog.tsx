import { Paragraph } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';

interface Props {
  open: boolean;
  close: UseMutationResult<void, Error, void>;
  residentName: string;
  onClose: () => void;
}

/** R-MS-1: closing ends the resident's writing in it and asks them to evaluate (R-MS-9), so it is confirmed first. */
export function CloseConversationDialog({ open, close, residentName, onClose }: Props) {
  const { t } = useTranslation();
  const cancel = () => {
    close.reset();
    onClose();
  };
  return (
    <ModalDialog open={open} onClose={cancel} title={t('staff.messages.close.title')}>
      <div className="vk-dialog-form">
        <Paragraph>{t('staff.messages.close.text', { name: residentName })}</Paragraph>
        {close.isError ? <ErrorAlert error={close.error} /> : null}
        <DialogActions danger confirmLabel={t('staff.messages.close.confirm')} pending={close.isPending} onConfirm={() => close.mutate(undefined, { onSuccess: onClose })} onCancel={cancel} />
      </div>
    </ModalDialog>
  );
}
