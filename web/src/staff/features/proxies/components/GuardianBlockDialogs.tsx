import { Alert, Checkbox, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useBlockGuardians, useLiftGuardianBlock } from '../hooks/useProxyActions.ts';

interface Guardian {
  residentId: string;
  name: string;
}

/** A unit manager blocks one or both guardians of a child, with the reason (R-PX-6); takes effect at once. */
export function BlockGuardiansDialog({ residentId, residentName, guardians, open, onClose }: { residentId: string; residentName: string; guardians: Guardian[]; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const block = useBlockGuardians(residentId);
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ guardianIds?: string; reason?: string }>({});

  const close = () => {
    setChosen([]);
    setReason('');
    setErrors({});
    block.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      guardianIds: chosen.length === 0 ? t('staff.proxies.guardianBlock.chooseGuardian') : undefined,
      reason: reason.trim().length < 3 ? t('staff.proxies.form.reasonTooShort') : undefined,
    };
    setErrors(found);
    if (found.guardianIds || found.reason) return;
    block.mutate({ guardianIds: chosen, reason: reason.trim() }, { onSuccess: close });
  };
  const guardianError = errors.guardianIds ?? fieldError(t, block.error, 'guardianIds');
  const otherError = block.error && !isFieldError(block.error, ['guardianIds', 'reason']) ? block.error : null;

  return (
    <ModalDialog open={open} onClose={close} title={t('staff.proxies.guardianBlock.title', { name: residentName })}>
      <form onSubmit={onSubmit} noValidate className="vk-dialog-form">
        <Fieldset>
          <Fieldset.Legend>{t('staff.proxies.guardianBlock.legend')}</Fieldset.Legend>
          {guardians.map((g) => (
            <Checkbox
              key={g.residentId}
              label={g.name}
              value={g.residentId}
              checked={chosen.includes(g.residentId)}
              onChange={(e) => {
                setChosen((c) => (e.target.checked ? [...c, g.residentId] : c.filter((id) => id !== g.residentId)));
                setErrors((x) => ({ ...x, guardianIds: undefined }));
              }}
              aria-invalid={guardianError ? true : undefined}
            />
          ))}
          {guardianError ? <ValidationMessage>{guardianError}</ValidationMessage> : null}
        </Fieldset>
        <Textfield
          multiline
          rows={3}
          label={t('staff.proxies.guardianBlock.reason')}
          description={t('staff.proxies.guardianBlock.reasonHint')}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setErrors((x) => ({ ...x, reason: undefined }));
          }}
          error={errors.reason ?? fieldError(t, block.error, 'reason')}
        />
        <Alert data-color="warning">
          <Paragraph>{t('staff.proxies.guardianBlock.consequence')}</Paragraph>
        </Alert>
        {otherError ? <ErrorAlert error={otherError} heading={isApiError(otherError) && otherError.code === 'forbidden' ? t('staff.proxies.onlyManager') : undefined} /> : null}
        <DialogActions confirmLabel={t('staff.proxies.guardianBlock.confirm')} pending={block.isPending} onCancel={close} danger />
      </form>
    </ModalDialog>
  );
}

/** Lift a guardian block (unit manager), after a confirmation. */
export function LiftGuardianBlockDialog({ residentId, blockId, guardianName, open, onClose }: { residentId: string; blockId: string; guardianName: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const lift = useLiftGuardianBlock(residentId);
  const close = () => {
    lift.reset();
    onClose();
  };
  return (
    <ModalDialog open={open} onClose={close} title={t('staff.proxies.guardianBlock.liftTitle', { name: guardianName })}>
      <div className="vk-dialog-form">
        <Paragraph>{t('staff.proxies.guardianBlock.liftText', { name: guardianName })}</Paragraph>
        {lift.isError ? <ErrorAlert error={lift.error} /> : null}
        <DialogActions confirmLabel={t('staff.proxies.guardianBlock.liftConfirm')} pending={lift.isPending} onCancel={close} onConfirm={() => lift.mutate(blockId, { onSuccess: close })} />
      </div>
    </ModalDialog>
  );
}
