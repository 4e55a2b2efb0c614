import { Alert, Button, Checkbox, Field, Fieldset, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import { isFieldError } from '../../../../shared/api/error-message.ts';
import type { BookingOptionsResponse, PublishSlotsRequest } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { usePublishSlots } from '../hooks/useBookingActions.ts';

const FIELDS = ['appointmentTypeId', 'fromDate', 'toDate', 'firstStart', 'lastStart', 'intervalMinutes', 'capacity'] as const;
type FieldName = (typeof FIELDS)[number];
type Values = Record<FieldName, string> & { weekdaysOnly: boolean };
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LIMITS = { intervalMinutes: [5, 240], capacity: [1, 500] } as const;

const whole = (text: string, [min, max]: readonly [number, number]): number | null => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** The publishSlotsRequest as a form; the answer says how many times were published. */
export function PublishSlotsForm({ types }: { types: BookingOptionsResponse['appointmentTypes'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const publish = usePublishSlots();
  const [values, setValues] = useState<Values>({ appointmentTypeId: '', fromDate: '', toDate: '', firstStart: '08:00', lastStart: '16:00', intervalMinutes: '15', capacity: '1', weekdaysOnly: true });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  // After a refused publish, take the person to the first field that needs attention.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, publish.error]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
    publish.reset();
  };

  const validate = (): Partial<Record<FieldName, string>> => {
    const required = t('staff.slots.errors.required');
    const e: Partial<Record<FieldName, string>> = {};
    if (!values.appointmentTypeId) e.appointmentTypeId = required;
    if (!values.fromDate) e.fromDate = required;
    if (!values.toDate) e.toDate = required;
    else if (values.fromDate && values.toDate < values.fromDate) e.toDate = t('staff.slots.errors.toDate');
    if (!TIME.test(values.firstStart)) e.firstStart = t('staff.slots.errors.time');
    if (!TIME.test(values.lastStart)) e.lastStart = t('staff.slots.errors.time');
    else if (TIME.test(values.firstStart) && values.lastStart < values.firstStart) e.lastStart = t('staff.slots.errors.lastStart');
    for (const field of ['intervalMinutes', 'capacity'] as const) {
      const [min, max] = LIMITS[field];
      if (whole(values[field], LIMITS[field]) === null) e[field] = t('staff.slots.errors.number', { min, max });
    }
    return e;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.values(found).some(Boolean)) return;
    const body: PublishSlotsRequest = {
      appointmentTypeId: values.appointmentTypeId,
      fromDate: values.fromDate,
      toDate: values.toDate,
      firstStart: values.firstStart,
      lastStart: values.lastStart,
      intervalMinutes: whole(values.intervalMinutes, LIMITS.intervalMinutes)!,
      capacity: whole(values.capacity, LIMITS.capacity)!,
      weekdaysOnly: values.weekdaysOnly,
    };
    publish.mutate(body);
  };

  // The server's answer about a field is shown at that field; its own words where the form has them.
  const serverError = (field: FieldName): string | undefined => {
    if (!isApiError(publish.error) || publish.error.field !== field) return undefined;
    const { code } = publish.error;
    if (code === 'validation_failed' && (field === 'appointmentTypeId' || field === 'toDate' || field === 'lastStart')) return t(`staff.slots.errors.${field}`);
    return t(`errors.${code}`);
  };
  const at = (field: FieldName) => errors[field] ?? serverError(field);
  const otherError = publish.error && !isFieldError(publish.error, FIELDS) ? publish.error : null;
  const text = (field: Exclude<FieldName, 'appointmentTypeId'>, type: 'date' | 'time' | 'number', hint?: string) => (
    <Textfield
      type={type === 'number' ? 'text' : type}
      inputMode={type === 'number' ? 'numeric' : undefined}
      label={t(`staff.slots.${field}`)}
      description={hint}
      value={values[field]}
      onChange={(e) => set(field, e.target.value)}
      error={at(field)}
    />
  );

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="vk-form">
      <Field>
        <Label>{t('staff.slots.type')}</Label>
        <Select value={values.appointmentTypeId} onChange={(e) => set('appointmentTypeId', e.target.value)} aria-invalid={at('appointmentTypeId') ? true : undefined}>
          <Select.Option value="">{t('staff.slots.chooseType')}</Select.Option>
          {types.map((type) => (
            <Select.Option key={type.id} value={type.id}>
              {t('staff.booking.typeOption', { name: localized(type.name, language), minutes: type.durationMinutes })}
            </Select.Option>
          ))}
        </Select>
        {at('appointmentTypeId') ? <ValidationMessage>{at('appointmentTypeId')}</ValidationMessage> : null}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('staff.slots.period')}</Fieldset.Legend>
        <div className="vk-form-grid">
          {text('fromDate', 'date')}
          {text('toDate', 'date')}
        </div>
        <Checkbox label={t('staff.slots.weekdaysOnly')} checked={values.weekdaysOnly} onChange={(e) => set('weekdaysOnly', e.target.checked)} />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('staff.slots.times')}</Fieldset.Legend>
        <div className="vk-form-grid">
          {text('firstStart', 'time', t('staff.slots.timeHint'))}
          {text('lastStart', 'time', t('staff.slots.timeHint'))}
          {text('intervalMinutes', 'number')}
          {text('capacity', 'number', t('staff.slots.capacityHint'))}
        </div>
      </Fieldset>
      {otherError ? <ErrorAlert error={otherError} /> : null}
      <div>
        <Button type="submit" loading={publish.isPending} disabled={publish.isPending}>
          {publish.isPending ? t('staff.slots.publishing') : t('staff.slots.submit')}
        </Button>
      </div>
      <div role="status">
        {publish.isSuccess ? (
          <Alert data-color={publish.data > 0 ? 'success' : 'warning'}>
            <Paragraph>{publish.data > 0 ? t('staff.slots.published', { count: publish.data }) : t('staff.slots.publishedNone')}</Paragraph>
          </Alert>
        ) : null}
      </div>
    </form>
  );
}
