import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import type { ChatSettings, Errand } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { chatSettingsErrors, errandsOn, fromChatDraft, toChatDraft, type ChatSettingsDraft } from '../hooks/chat-settings-draft.ts';
import { useSaveChatSettings } from '../hooks/useChatSettings.ts';
import { ErrandSettingsFields } from './ErrandSettingsFields.tsx';
import { OpeningHoursFields } from './OpeningHoursFields.tsx';

/** Edits the chat settings as one draft and saves them whole, as the API replaces them whole. */
export function ChatSettingsForm({ unitId, settings }: { unitId: string; settings: ChatSettings }) {
  const { t } = useTranslation();
  const save = useSaveChatSettings(unitId);
  const [draft, setDraft] = useState<ChatSettingsDraft>(() => toChatDraft(settings, () => crypto.randomUUID()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  // After a refused save, take the person to the first input that needs attention.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, save.error]);

  const change = (next: ChatSettingsDraft) => {
    setDraft(next);
    // Paths follow positions, which an edit can shift: earlier messages may no longer point right.
    setErrors({});
    if (save.isError || save.isSuccess) save.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = chatSettingsErrors(draft);
    setErrors(Object.fromEntries(Object.entries(found).map(([path, key]) => [path, t(`staff.chatSettings.errors.${key}`)])));
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    save.mutate(fromChatDraft(draft));
  };

  const messages = { ...errors };
  const serverField = isApiError(save.error) ? save.error.field : undefined;
  if (serverField && isApiError(save.error)) messages[serverField] ??= t(`errors.${save.error.code}`);
  const on = errandsOn(draft);
  // Each errand's editor sees its own messages, by paths inside its questionnaire.
  const errandMessages = (name: Errand) => {
    const prefix = `errands.${on.indexOf(name)}.`;
    return Object.fromEntries(Object.entries(messages).flatMap(([path, text]) => (path.startsWith(prefix) ? [[path.slice(prefix.length), text]] : [])));
  };

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="vk-form">
      <OpeningHoursFields hours={draft.hours} messages={messages} onChange={(hours) => change({ ...draft, hours })} />
      <ErrandSettingsFields errands={draft.errands} messagesFor={errandMessages} onChange={(errands) => change({ ...draft, errands })} />
      {Object.keys(errors).length > 0 ? (
        <Alert data-color="warning" data-size="sm">
          <Paragraph data-size="sm">{t('staff.chatSettings.fixErrors')}</Paragraph>
        </Alert>
      ) : null}
      {save.error && !serverField ? <ErrorAlert error={save.error} /> : null}
      <div className="vk-row">
        <Button type="submit" loading={save.isPending} disabled={save.isPending}>
          {t('staff.chatSettings.save')}
        </Button>
        <Paragraph role="status" className="vk-status">
          {save.isSuccess ? t('staff.chatSettings.saved') : null}
        </Paragraph>
      </div>
    </form>
  );
}
