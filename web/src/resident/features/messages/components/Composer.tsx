import { Button, Field, Label, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPT_ATTRIBUTE, useAttachmentDrafts } from '../hooks/useAttachmentDrafts.ts';
import { PaperclipIcon, SendIcon } from '../../../../shared/ui/icons.tsx';
import { DraftAttachments } from './DraftAttachments.tsx';
import { MessageLength, tooLong } from './MessageLength.tsx';

interface Props {
  conversationId: string;
  onSend: (message: { body: string; attachmentIds: string[] }) => void;
  onTyping: () => void;
}

/**
 * Writing a reply: Enter sends, Shift+Enter makes a new line, and the button sends too. Files are
 * uploaded as soon as they are chosen and go with the next message.
 */
export function Composer({ conversationId, onSend, onTyping }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<'missing' | 'waitForFiles' | null>(null);
  const files = useAttachmentDrafts(conversationId);
  const picker = useRef<HTMLInputElement>(null);
  const text = body.trim();

  const send = () => {
    if (!text || tooLong(body)) {
      setProblem(text ? null : 'missing');
      return;
    }
    if (files.busy) {
      setProblem('waitForFiles');
      return;
    }
    onSend({ body: text, attachmentIds: files.attachmentIds });
    setBody('');
    setProblem(null);
    files.clear();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Not while an input method composes a character (Enter then confirms the character).
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="vk-composer">
      <Field>
        <Label>{t('resident.messages.composer.label')}</Label>
        <Field.Description>{t('resident.messages.composer.hint')}</Field.Description>
        <Textarea
          rows={3}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            setProblem(null);
            onTyping();
          }}
          onKeyDown={onKeyDown}
          aria-invalid={problem === 'missing' || tooLong(body) ? true : undefined}
        />
        <MessageLength length={body.trim().length} />
        {problem === 'missing' ? <ValidationMessage>{t('resident.messages.composer.missing')}</ValidationMessage> : null}
      </Field>
      <DraftAttachments drafts={files.drafts} refused={files.refused} onRemove={files.remove} />
      {problem === 'waitForFiles' ? <ValidationMessage>{t('resident.messages.composer.waitForFiles')}</ValidationMessage> : null}
      <div className="vk-composer__actions">
        <input
          ref={picker}
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          multiple
          hidden
          onChange={(event) => {
            files.add(Array.from(event.target.files ?? []));
            // The same file can be chosen again after it was removed.
            event.target.value = '';
          }}
        />
        <Button type="button" variant="secondary" onClick={() => picker.current?.click()} aria-describedby="composer-attach-hint">
          <PaperclipIcon />
          {t('resident.messages.composer.attach')}
        </Button>
        <Button type="submit" className="vk-composer__send">
          <SendIcon />
          {t('resident.messages.composer.send')}
        </Button>
      </div>
      <p id="composer-attach-hint" className="vk-muted vk-composer__hint">
        {t('resident.messages.composer.attachHint')}
      </p>
    </form>
  );
}
