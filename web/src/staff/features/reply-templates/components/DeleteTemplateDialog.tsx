import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReplyTemplate } from '../../../../shared/contracts.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import type { TemplateActions } from '../hooks/useTemplates.ts';

/** Removing a template cannot be undone, so it is confirmed. */
export function DeleteTemplateDialog({ template, actions, onClose }: { template: ReplyTemplate; actions: TemplateActions; onClose: (deleted: boolean) => void }) {
  const { t } = useTranslation();
  const { remove } = actions;
  const cancel = () => {
    remove.reset();
    onClose(false);
  };
  return (
    <ModalDialog open onClose={cancel} title={t('staff.templates.deleteTitle', { title: template.title })}>
      <div className="vk-dialog-form">
        <Paragraph>{t('staff.templates.deleteText')}</Paragraph>
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        <DialogActions danger confirmLabel={t('staff.templates.deleteConfirm')} pending={remove.isPending} onConfirm={() => remove.mutate(template.id, { onSuccess: () => onClose(true) })} onCancel={cancel} />
      </div>
    </ModalDialog>
  );
}
