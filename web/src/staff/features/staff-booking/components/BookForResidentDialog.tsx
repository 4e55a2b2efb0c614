import { Field, Fieldset, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import { isFieldError } from '../../../../shared/api/error-message.ts';
import { bookingMode, type BookingMode, type BookingOptionsResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useStaffMe } from '../../units/hooks/useStaffMe.ts';
import { useBookForResident } from '../hooks/useBookingActions.ts';
import { useBookingOptions } from '../hooks/useBookingOptions.ts';
import { stockholmIso } from '../hooks/stockholm-time.ts';

interface Props {
  residentId: string;
  residentName: string;
  open: boolean;
  onClose: (booked: boolean) => void;
}

/** R-BK-5: book a visit, phone call or video meeting for the resident at the active unit. */
export function BookForResidentDialog({ residentId, residentName, open, onClose }: Props) {
  const { t } = useTranslation();
  const me = useStaffMe();
  const options = useBookingOptions(me.data?.activeUnitId);
  return (
    <ModalDialog open={open} onClose={() => onClose(false)} title={t('staff.booking.title', { name: residentName })}>
      {options.isPending ? <Loading label={t('staff.booking.loading')} /> : null}
      {options.isError ? <ErrorAlert error={options.error} onRetry={() => void options.refetch()} /> : null}
      {options.data && options.data.appointmentTypes.length === 0 ? <EmptyState>{t('staff.booking.noTypes')}</EmptyState> : null}
      {options.data && options.data.appointmentTypes.length > 0 ? <BookingForm residentId={residentId} options={options.data} onClose={onClose} /> : null}
    </ModalDialog>
  );
}

const FIELDS = ['appointmentTypeId', 'mode', 'date', 'time', 'practitionerId', 'preparation'] as const;
type FieldName = (typeof FIELDS)[number];
/** The API names the instant `startsAt`; the form asks for it as a date and a time. */
const API_FIELDS = [...FIELDS, 'startsAt'];

function BookingForm({ residentId, options, onClose }: { residentId: string; options: BookingOptionsResponse; onClose: (booked: boolean) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const book = useBookForResident(residentId);
  const [values, setValues] = useState({ appointmentTypeId: '', mode: 'visit' as BookingMode, date: '', time: '', practitionerId: '', preparation: '' });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const type = options.appointmentTypes.find((candidate) => candidate.id === values.appointmentTypeId);
  const videoAllowed = type?.videoAllowed ?? false;

  // After a refused booking, take the person to the first field that needs attention.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, book.error]);

  const set = (key: keyof typeof values, value: string) => {
    setValues((v) => {
      const next = { ...v, [key]: value };
      // R-VM-5: a type without video cannot keep a video choice made for the previous type.
      const chosen = options.appointmentTypes.find((candidate) => candidate.id === next.appointmentTypeId);
      if (next.mode === 'video' && !chosen?.videoAllowed) next.mode = 'visit';
      return next;
    });
    setErrors((e) => ({ ...e, [key]: undefined }));
    if (book.isError) book.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<FieldName, string>> = {};
    if (!values.appointmentTypeId) found.appointmentTypeId = t('staff.booking.errors.chooseType');
    if (!values.date) found.date = t('staff.booking.errors.chooseDate');
    if (!values.time) found.time = t('staff.booking.errors.chooseTime');
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.values(found).some(Boolean)) return;
    book.mutate(
      {
        appointmentTypeId: values.appointmentTypeId,
        startsAt: stockholmIso(values.date, values.time),
        mode: values.mode,
        practitionerId: values.practitionerId || null,
        preparation: values.preparation.trim() || null,
      },
      { onSuccess: () => onClose(true) },
    );
  };

  // The server's answer about a field is shown at that field; a time in the past at the date and time.
  const serverField = isApiError(book.error) ? book.error.field : undefined;
  const serverError = (field: FieldName): string | undefined => {
    if (!isApiError(book.error)) return undefined;
    if (field === 'mode' && serverField === 'mode') return t(`errors.${book.error.code}`);
    if (field === 'date' && serverField === 'startsAt') return t('staff.booking.errors.startsAt');
    if ((field === 'appointmentTypeId' || field === 'practitionerId') && serverField === field) return t(`staff.booking.errors.${field}`);
    if (field === 'preparation' && serverField === field) return t(`errors.${book.error.code}`);
    return undefined;
  };
  const at = (field: FieldName) => errors[field] ?? serverError(field);
  const otherError = book.error && !isFieldError(book.error, API_FIELDS) ? book.error : null;

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="vk-dialog-form">
      <Paragraph data-size="sm">{t('staff.booking.intro')}</Paragraph>
      <Field>
        <Label>{t('staff.booking.type')}</Label>
        <Select value={values.appointmentTypeId} onChange={(e) => set('appointmentTypeId', e.target.value)} aria-invalid={at('appointmentTypeId') ? true : undefined}>
          <Select.Option value="">{t('staff.booking.chooseType')}</Select.Option>
          {options.appointmentTypes.map((option) => (
            <Select.Option key={option.id} value={option.id}>
              {t(option.hidden ? 'staff.booking.typeOptionHidden' : 'staff.booking.typeOption', { name: localized(option.name, language), minutes: option.durationMinutes })}
            </Select.Option>
          ))}
        </Select>
        {at('appointmentTypeId') ? <ValidationMessage>{at('appointmentTypeId')}</ValidationMessage> : null}
      </Field>

      <Fieldset>
        <Fieldset.Legend>{t('staff.booking.modeLegend')}</Fieldset.Legend>
        {/* Said once for the group: a description on the disabled radio itself would be greyed out past reading. */}
        {!videoAllowed ? <Fieldset.Description>{t(type ? 'staff.booking.videoNotOffered' : 'staff.booking.videoChooseType')}</Fieldset.Description> : null}
        {bookingMode.options.map((mode) => (
          <Radio
            key={mode}
            name="booking-mode"
            value={mode}
            label={t(`staff.booking.modes.${mode}`)}
            checked={values.mode === mode}
            disabled={mode === 'video' && !videoAllowed}
            onChange={() => set('mode', mode)}
            aria-invalid={at('mode') ? true : undefined}
          />
        ))}
        {at('mode') ? <ValidationMessage>{at('mode')}</ValidationMessage> : null}
      </Fieldset>

      <div className="vk-form-grid">
        <Textfield type="date" label={t('staff.booking.date')} value={values.date} onChange={(e) => set('date', e.target.value)} error={at('date')} />
        <Textfield type="time" label={t('staff.booking.time')} description={t('staff.booking.timeHint')} value={values.time} onChange={(e) => set('time', e.target.value)} error={at('time')} />
      </div>

      <Field>
        <Label>{t('staff.booking.practitioner')}</Label>
        <Select value={values.practitionerId} onChange={(e) => set('practitionerId', e.target.value)} aria-invalid={at('practitionerId') ? true : undefined}>
          <Select.Option value="">{t('staff.booking.noPractitioner')}</Select.Option>
          {options.practitioners.map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {t('staff.booking.practitionerOption', { name: p.name, profession: t(`enums.profession.${p.profession}`).toLocaleLowerCase() })}
            </Select.Option>
          ))}
        </Select>
        {at('practitionerId') ? <ValidationMessage>{at('practitionerId')}</ValidationMessage> : null}
      </Field>

      <Textfield
        multiline
        rows={3}
        maxLength={1000}
        label={t('staff.booking.preparation')}
        description={t('staff.booking.preparationHint')}
        value={values.preparation}
        onChange={(e) => set('preparation', e.target.value)}
        error={at('preparation')}
      />

      {otherError ? <ErrorAlert error={otherError} /> : null}
      <DialogActions confirmLabel={t('staff.booking.submit')} pending={book.isPending} onCancel={() => onClose(false)} />
    </form>
  );
}
