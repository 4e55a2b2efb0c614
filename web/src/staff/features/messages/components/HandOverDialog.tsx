import { Field, Fieldset, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isFieldError } from '../../../../shared/api/error-message.ts';
import { MAX_MESSAGE_LENGTH, profession as professionSchema, type HandOverRequest, type Profession } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useStaffMe } from '../../units/hooks/useStaffMe.ts';
import { useColleagues } from '../hooks/useColleagues.ts';

interface Props {
  open: boolean;
  handOver: UseMutationResult<void, Error, HandOverRequest>;
  onClose: (handedOver: boolean) => void;
}

/** R-MS-6: to a profession's queue or a named colleague, always with an internal note that says why. */
export function HandOverDialog({ open, handOver, onClose }: Props) {
  const { t } = useTranslation();
  const cancel = () => {
    handOver.reset();
    onClose(false);
  };
  return (
    <ModalDialog open={open} onClose={cancel} title={t('staff.messages.handOver.title')}>
      <HandOverForm handOver={handOver} onDone={() => onClose(true)} onCancel={cancel} />
    </ModalDialog>
  );
}

type Target = 'queue' | 'colleague';
type FieldName = 'queue' | 'staffId' | 'note';

function HandOverForm({ handOver, onDone, onCancel }: { handOver: Props['handOver']; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useStaffMe().data;
  const [target, setTarget] = useState<Target>('queue');
  const [values, setValues] = useState({ queue: '', staffId: '', note: '' });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const colleagues = useColleagues(me?.activeUnitId ?? null, target === 'colleague');
  const form = useRef<HTMLFormElement>(null);
  const myName = me ? `${me.givenName} ${me.familyName}` : '';
  const others = colleagues.data?.colleagues.filter((c) => c.name !== myName) ?? [];
  const lower = (p: Profession) => t(`enums.profession.${p}`).toLocaleLowerCase(language);

  // After a refused hand-over, take the person to the first field that needs attention.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, handOver.error]);

  const set = (key: FieldName, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
    if (handOver.isError) handOver.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<FieldName, string>> = {};
    if (target === 'queue' && !values.queue) found.queue = t('staff.messages.handOver.errors.queue');
    if (target === 'colleague' && !values.staffId) found.staffId = t('staff.messages.handOver.errors.staffId');
    if (!values.note.trim()) found.note = t('staff.messages.handOver.errors.note');
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.values(found).some(Boolean)) return;
    handOver.mutate(
      { queue: target === 'queue' ? (values.queue as Profession) : null, staffId: target === 'colleague' ? values.staffId : null, note: values.note.trim() },
      { onSuccess: onDone },
    );
  };

  const at = (field: FieldName) => errors[field] ?? (isFieldError(handOver.error, [field]) ? t(`staff.messages.handOver.errors.${field}`) : undefined);
  const otherError = handOver.error && !isFieldError(handOver.error, ['queue', 'staffId', 'note']) ? handOver.error : null;

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="vk-dialog-form">
      <Fieldset>
        <Fieldset.Legend>{t('staff.messages.handOver.to')}</Fieldset.Legend>
        <Radio name="hand-over-to" value="queue" label={t('staff.messages.handOver.toQueue')} checked={target === 'queue'} onChange={() => setTarget('queue')} />
        <Radio name="hand-over-to" value="colleague" label={t('staff.messages.handOver.toColleague')} checked={target === 'colleague'} onChange={() => setTarget('colleague')} />
      </Fieldset>

      {target === 'queue' ? (
        <Field>
          <Label>{t('staff.messages.handOver.queue')}</Label>
          <Select value={values.queue} onChange={(e) => set('queue', e.target.value)} aria-invalid={at('queue') ? true : undefined}>
            <Select.Option value="">{t('staff.messages.handOver.chooseQueue')}</Select.Option>
            {professionSchema.options.map((p) => (
              <Select.Option key={p} value={p}>
                {t(`enums.profession.${p}`)}
              </Select.Option>
            ))}
          </Select>
          {at('queue') ? <ValidationMessage>{at('queue')}</ValidationMessage> : null}
        </Field>
      ) : null}

      {target === 'colleague' && colleagues.isPending ? <Loading label={t('staff.messages.handOver.loadingColleagues')} /> : null}
      {target === 'colleague' && colleagues.isError ? <ErrorAlert error={colleagues.error} onRetry={() => void colleagues.refetch()} /> : null}
      {target === 'colleague' && colleagues.data ? (
        <Field>
          <Label>{t('staff.messages.handOver.colleague')}</Label>
          <Select value={values.staffId} onChange={(e) => set('staffId', e.target.value)} aria-invalid={at('staffId') ? true : undefined}>
            <Select.Option value="">{t(others.length ? 'staff.messages.handOver.chooseColleague' : 'staff.messages.handOver.noColleagues')}</Select.Option>
            {others.map((c) => (
              <Select.Option key={c.staffId} value={c.staffId}>
                {t('staff.messages.handOver.colleagueOption', { name: c.name, profession: lower(c.profession) })}
              </Select.Option>
            ))}
          </Select>
          {at('staffId') ? <ValidationMessage>{at('staffId')}</ValidationMessage> : null}
        </Field>
      ) : null}

      <Textfield
        multiline
        rows={4}
        maxLength={MAX_MESSAGE_LENGTH}
        label={t('staff.messages.handOver.note')}
        description={t('staff.messages.handOver.noteHint')}
        value={values.note}
        onChange={(e) => set('note', e.target.value)}
        error={at('note')}
      />
      {otherError ? <ErrorAlert error={otherError} /> : null}
      <DialogActions confirmLabel={t('staff.messages.handOver.submit')} pending={handOver.isPending} onCancel={onCancel} />
    </form>
  );
}
