import { Alert, Button, Fieldset, Heading, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { blockReason, type BlockReason } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useBlockAccount, useUnblockAccount } from '../hooks/useAccountBlock.ts';

interface Props {
  residentId: string;
  name: string;
}

/** "Spärra konto" with one of the R-ID-5 reasons, confirmed in a dialog. */
export function BlockAccountButton({ residentId, name }: Props) {
  const { t } = useTranslation();
  const block = useBlockAccount(residentId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<BlockReason | null>(null);
  const [missing, setMissing] = useState(false);

  const close = () => {
    setOpen(false);
    setReason(null);
    setMissing(false);
    block.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setMissing(true);
      return;
    }
    block.mutate(reason, { onSuccess: close });
  };

  return (
    <>
      <div>
        <Button variant="secondary" data-color="danger" onClick={() => setOpen(true)}>
          {t('staff.block.open')}
        </Button>
      </div>
      <ModalDialog open={open} onClose={close} title={t('staff.block.title', { name })}>
        <form onSubmit={onSubmit} noValidate className="vk-dialog-form">
          <Fieldset>
            <Fieldset.Legend>{t('staff.block.reasonLegend')}</Fieldset.Legend>
            {blockReason.options.map((option) => (
              <Radio
                key={option}
                name="block-reason"
                value={option}
                label={t(`enums.blockReason.${option}`)}
                checked={reason === option}
                onChange={() => {
                  setReason(option);
                  setMissing(false);
                }}
                aria-invalid={missing ? true : undefined}
              />
            ))}
            {missing ? <ValidationMessage>{t('staff.block.reasonMissing')}</ValidationMessage> : null}
          </Fieldset>
          <Alert data-color="warning">
            <Paragraph>{t('staff.block.consequence')}</Paragraph>
          </Alert>
          {block.isError ? <ErrorAlert error={block.error} /> : null}
          <DialogActions confirmLabel={t('staff.block.confirm')} pending={block.isPending} onCancel={close} danger />
        </form>
      </ModalDialog>
    </>
  );
}

/** The block, shown prominently at the top of the overview, with "Häv spärr" (confirmed). */
export function AccountBlockedBanner({ residentId, name, reason }: Props & { reason: BlockReason | null }) {
  const { t } = useTranslation();
  const unblock = useUnblockAccount(residentId);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    unblock.reset();
  };

  return (
    <Alert data-color="danger" className="vk-block-banner">
      <div className="vk-stack vk-stack--sm">
        <Heading level={2} data-size="xs">
          {t('staff.block.bannerHeading')}
        </Heading>
        <Paragraph>{t('staff.block.bannerReason', { reason: reason ? t(`enums.blockReason.${reason}`) : t('staff.overview.unknown') })}</Paragraph>
        <Paragraph>{t('staff.block.bannerText')}</Paragraph>
        <div>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {t('staff.block.unblock')}
          </Button>
        </div>
      </div>
      <ModalDialog open={open} onClose={close} title={t('staff.block.unblockTitle', { name })}>
        <div className="vk-dialog-form">
          <Paragraph>{t('staff.block.unblockText')}</Paragraph>
          {unblock.isError ? <ErrorAlert error={unblock.error} /> : null}
          <DialogActions confirmLabel={t('staff.block.unblockConfirm')} pending={unblock.isPending} onCancel={close} onConfirm={() => unblock.mutate(undefined, { onSuccess: close })} />
        </div>
      </ModalDialog>
    </Alert>
  );
}
