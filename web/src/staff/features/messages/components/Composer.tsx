import { Button, Field, Label, Textarea, ToggleGroup, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationStreamApi } from '../../../../shared/chat/useConversationStream.ts';
import { MAX_MESSAGE_LENGTH, type MessageLink, type StaffConversation, type StaffMeResponse } from '../../../../shared/contracts.ts';
import { fillTemplate } from '../../reply-templates/hooks/fill-template.ts';
import { useTemplateCompletion } from '../../reply-templates/hooks/useTemplateCompletion.ts';
import { useTemplates } from '../../reply-templates/hooks/useTemplates.ts';
import type { Holding } from '../hooks/holding.ts';
import { useAttachmentUploads } from '../hooks/useAttachmentUploads.ts';
import { LinkForm, LinkList as ComposerLinkList } from './ComposerLinks.tsx';
import { AttachButton, UploadList } from './ComposerUploads.tsx';
import { TemplateListbox } from './TemplateListbox.tsx';
import { TemplatesMenu } from './TemplatesMenu.tsx';

interface Props {
  conversation: StaffConversation;
  me: StaffMeResponse;
  holding: Holding;
  stream: ConversationStreamApi;
}

type Kind = 'reply' | 'note';
/** The contract's limit of links per message. */
const MAX_LINKS = 5;

/**
 * Writes a reply the resident sees, or an internal note only staff see; which one is chosen first and
 * shown throughout. Templates come in with "/" or the Mallar button (R-MS-8); files and links go with
 * the message (R-MS-11). When a colleague holds the conversation only notes can be written.
 */
export function Composer({ conversation, me, holding, stream }: Props) {
  const { t } = useTranslation();
  const canReply = holding !== 'colleague';
  const [chosen, setChosen] = useState<Kind>('reply');
  const kind: Kind = canReply ? chosen : 'note';
  const [text, setText] = useState('');
  const [links, setLinks] = useState<MessageLink[]>([]);
  const [addingLink, setAddingLink] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const uploads = useAttachmentUploads(conversation.id);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const templates = useTemplates(me.activeUnitId);
  const listboxId = useId();
  const unitName = me.units.find((unit) => unit.id === me.activeUnitId)?.name ?? '';
  const fill = (body: string) => fillTemplate(body, { firstName: conversation.resident.givenName, unitName, staffName: `${me.givenName} ${me.familyName}` });
  const completion = useTemplateCompletion({ text, onText: setText, textarea, templates: templates.data?.templates ?? [], fill, listboxId });

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) {
      setError(t('staff.messages.composer.errors.empty'));
      textarea.current?.focus();
      return;
    }
    if (uploads.busy) {
      setError(t('staff.messages.composer.errors.uploading'));
      return;
    }
    stream.send({ body: text.trim(), kind, attachmentIds: uploads.ready.map((file) => file.id), links });
    setText('');
    setLinks([]);
    setAddingLink(false);
    uploads.clear();
    setError(null);
    textarea.current?.focus();
  };

  return (
    <form className={`vk-composer vk-composer--${kind}`} onSubmit={submit} noValidate aria-label={t(`staff.messages.composer.formLabel.${kind}`)}>
      <ToggleGroup data-toggle-group={t('staff.messages.composer.kindLabel')} value={kind} onChange={(value) => setChosen(value as Kind)} data-size="sm">
        <ToggleGroup.Item value="reply" disabled={!canReply}>
          {t('staff.messages.composer.kinds.reply')}
        </ToggleGroup.Item>
        <ToggleGroup.Item value="note">{t('staff.messages.composer.kinds.note')}</ToggleGroup.Item>
      </ToggleGroup>
      <Field className="vk-composer__field">
        <Label>{t(`staff.messages.composer.label.${kind}`, { name: conversation.resident.name })}</Label>
        <Field.Description>{t(canReply ? `staff.messages.composer.hint.${kind}` : 'staff.messages.composer.hint.noteOnly')}</Field.Description>
        <Textarea
          ref={textarea}
          rows={5}
          maxLength={MAX_MESSAGE_LENGTH}
          value={text}
          aria-invalid={error ? true : undefined}
          {...completion.inputProps}
          onKeyDown={(e) => {
            completion.inputProps.onKeyDown(e);
            // Ctrl+Enter (Cmd+Enter) sends, as in other messaging tools.
            if (!e.defaultPrevented && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
            if (kind === 'reply') stream.typing();
          }}
          onInput={completion.update}
          onClick={completion.update}
          onKeyUp={(e) => {
            if (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'Home' || e.key === 'End') completion.update();
          }}
          onBlur={completion.close}
        />
        <TemplateListbox id={listboxId} completion={completion} />
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Field>
      <div className="vk-composer__bar">
        <div className="vk-row vk-row--tight">
          <TemplatesMenu templates={templates.data?.templates ?? []} onInsert={completion.insert} />
          <AttachButton uploads={uploads} />
          <Button type="button" variant="tertiary" data-size="sm" aria-expanded={addingLink} disabled={links.length >= MAX_LINKS} onClick={() => setAddingLink((open) => !open)}>
            {t('staff.messages.composer.links.add')}
          </Button>
        </div>
        <Button type="submit">{t(`staff.messages.composer.send.${kind}`)}</Button>
      </div>
      <UploadList uploads={uploads} />
      {addingLink ? (
        <LinkForm
          onAdd={(link) => {
            setLinks((list) => [...list, link]);
            setAddingLink(false);
          }}
          onCancel={() => setAddingLink(false)}
        />
      ) : null}
      <ComposerLinkList links={links} onRemove={(url) => setLinks((list) => list.filter((l) => l.url !== url))} />
    </form>
  );
}
