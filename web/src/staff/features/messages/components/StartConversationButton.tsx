import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import { MAX_MESSAGE_LENGTH } from '../../../../shared/contracts.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { staffPaths } from '../../../paths.ts';
import { useStartConversation } from '../hooks/useStartConversation.ts';

/** R-MS-1: care writes to the resident first; the new conversation opens once the message is stored. */
export function StartConversationButton({ residentId, residentName }: { residentId: string; residentName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('staff.messages.start.open')}
      </Button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={t('staff.messages.start.title', { name: residentName })}>
        <StartForm residentId={residentId} onCancel={() => setOpen(false)} />
      </ModalDialog>
    </>
  );
}

function StartForm({ residentId, onCancel }: { residentId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartConversation(residentId);
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  // One id for this message however often it is sent again: the server starts one conversation.
  const [clientId] = useState(() => crypto.randomUUID());

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setMissing(true);
      return;
    }
    start.mutate({ message: message.trim(), clientId }, { onSuccess: (conversationId) => void navigate(staffPaths.conversation(conversationId)) });
  };

  const error = missing ? t('staff.messages.start.errors.message') : fieldError(t, start.error, 'message');
  return (
    <form onSubmit={onSubmit} noValidate className="vk-dialog-form">
      <Paragraph data-size="sm">{t('staff.messages.start.intro')}</Paragraph>
      <Textfield
        multiline
        rows={6}
        maxLength={MAX_MESSAGE_LENGTH}
        label={t('staff.messages.start.message')}
        value={message}
        onChange={(e) => {
          setMessage(e.target.value);
          setMissing(false);
          if (start.isError) start.reset();
        }}
        error={error}
      />
      {start.error && !isFieldError(start.error, ['message']) ? <ErrorAlert error={start.error} /> : null}
      <DialogActions confirmLabel={t('staff.messages.start.submit')} pending={start.isPending} onCancel={onCancel} />
    </form>
  );
}
