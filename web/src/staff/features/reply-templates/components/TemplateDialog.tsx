import { Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import { isFieldError } from '../../../../shared/api/error-message.ts';
import { MAX_MESSAGE_LENGTH, templateInput, type ReplyTemplate } from '../../../../shared/contracts.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import type { TemplateActions } from '../hooks/useTemplates.ts';

const FIELDS = ['title', 'shortcut', 'body'] as const;
type FieldName = (typeof FIELDS)[number];

interface Props {
  /** The template to change; null adds a new one. */
  template: ReplyTemplate | null;
  actions: TemplateActions;
  onClose: (saved: boolean) => void;
}

/** Add or change a reply template (R-MS-8): title, an optional "/" shortcut, and the text with placeholders. */
export function TemplateDialog({ template, actions, onClose }: Props) {
  const { t } = useTranslation();
  const { save } = actions;
  const [values, setValues] = useState({ title: template?.title ?? '', shortcut: template?.shortcut ?? '', body: template?.body ?? '' });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  // After a refused save, take the person to the first field that needs attention.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, save.error]);

  const set = (key: FieldName, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
    if (save.isError) save.reset();
  };

  const cancel = () => {
    save.reset();
    onClose(false);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = templateInput.safeParse({ title: values.title, body: values.body, shortcut: values.shortcut.trim() || null });
    setAttempt((n) => n + 1);
    if (!parsed.success) {
      const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
      setErrors(Object.fromEntries(FIELDS.filter((field) => bad.has(field)).map((field) => [field, t(`staff.templates.form.errors.${field}`)])));
      return;
    }
    setErrors({});
    save.mutate({ templateId: template?.id ?? null, body: parsed.data }, { onSuccess: () => onClose(true) });
  };

  const at = (field: FieldName) => errors[field] ?? (isApiError(save.error) && save.error.field === field ? t(`staff.templates.form.errors.${field}`) : undefined);
  const otherError = save.error && !isFieldError(save.error, FIELDS) ? save.error : null;

  return (
    <ModalDialog open onClose={cancel} title={template ? t('staff.templates.editTitle', { title: template.title }) : t('staff.templates.addTitle')}>
      <form ref={form} onSubmit={onSubmit} noValidate className="vk-dialog-form">
        <Textfield label={t('staff.templates.form.title')} value={values.title} maxLength={80} onChange={(e) => set('title', e.target.value)} error={at('title')} />
        <Textfield
          label={t('staff.templates.form.shortcut')}
          description={t('staff.templates.form.shortcutHint')}
          value={values.shortcut}
          maxLength={20}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => set('shortcut', e.target.value.toLocaleLowerCase('sv'))}
          error={at('shortcut')}
        />
        <Textfield
          multiline
          rows={6}
          label={t('staff.templates.form.body')}
          description={t('staff.templates.form.bodyHint')}
          value={values.body}
          maxLength={MAX_MESSAGE_LENGTH}
          onChange={(e) => set('body', e.target.value)}
          error={at('body')}
        />
        {otherError ? <ErrorAlert error={otherError} /> : null}
        <DialogActions confirmLabel={t('staff.templates.form.save')} pending={save.isPending} onCancel={cancel} />
      </form>
    </ModalDialog>
  );
}
