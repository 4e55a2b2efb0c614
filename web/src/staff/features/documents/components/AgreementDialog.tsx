import { Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useRecordAgreement } from '../hooks/useResidentDocuments.ts';

/** R-DC-7: what staff agreed with a resident with protected identity about invitations; the held one then goes. */
export function AgreementDialog({ residentId, documentId, open, onClose }: { residentId: string; documentId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordAgreement(residentId);
  const [channel, setChannel] = useState<'digital' | 'paper'>('paper');
  const [note, setNote] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ documentId, channel, note }, { onSuccess: onClose });
  };
  return (
    <ModalDialog open={open} onClose={onClose} title={t('documents.staff.agreementTitle')}>
      <form onSubmit={onSubmit} noValidate className="vk-dialog-form">
        <Paragraph data-size="sm">{t('documents.staff.held')}</Paragraph>
        <Fieldset>
          <Fieldset.Legend>{t('documents.staff.agreementChannel')}</Fieldset.Legend>
          <Radio name="agreement-channel" value="paper" label={t('documents.staff.agreementPaper')} checked={channel === 'paper'} onChange={() => setChannel('paper')} />
          <Radio name="agreement-channel" value="digital" label={t('documents.staff.agreementDigital')} checked={channel === 'digital'} onChange={() => setChannel('digital')} />
        </Fieldset>
        <Textfield multiline rows={3} maxLength={500} label={t('documents.staff.agreementNote')} value={note} onChange={(e) => setNote(e.target.value)} error={fieldError(t, record.error, 'note')} />
        {record.error && !isFieldError(record.error, ['note', 'channel']) ? <ErrorAlert error={record.error} /> : null}
        <DialogActions confirmLabel={t('documents.staff.agreementSave')} pending={record.isPending} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
