import { Alert, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useEndProxy } from '../hooks/useProxyActions.ts';

interface Props {
  residentId: string;
  grantId: string;
  proxyName: string;
  residentName: string;
  open: boolean;
  onClose: () => void;
}

/** End a recorded proxy at once, with a reason; the dialog states the consequence and is the confirmation. */
export function EndProxyDialog({ residentId, grantId, proxyName, residentName, open, onClose }: Props) {
  const { t } = useTranslation();
  const end = useEndProxy(residentId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  const close = () => {
    setReason('');
    setError(undefined);
    end.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setError(t('staff.proxies.form.reasonTooShort'));
      return;
    }
    end.mutate({ grantId, reason: reason.trim() }, { onSuccess: close });
  };

  return (
    <ModalDialog open={open} onClose={close} title={t('staff.proxies.end.title', { name: proxyName })}>
      <form onSubmit={onSubmit} noValidate className="vk-dialog-form">
        <Alert data-color="warning">
          <Paragraph>{t('staff.proxies.end.consequence', { proxy: proxyName, resident: residentName })}</Paragraph>
        </Alert>
        <Textfield
          multiline
          rows={2}
          label={t('staff.proxies.end.reason')}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setError(undefined);
          }}
          error={error ?? fieldError(t, end.error, 'reason')}
        />
        {end.error && !isFieldError(end.error, ['reason']) ? <ErrorAlert error={end.error} /> : null}
        <DialogActions confirmLabel={t('staff.proxies.end.confirm')} pending={end.isPending} onCancel={close} danger />
      </form>
    </ModalDialog>
  );
}
