import { Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import { isFieldError } from '../../../../shared/api/error-message.ts';
import type { AdminAppointmentTypesResponse, AppointmentTypeInput } from '../../../../shared/contracts.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useSaveAppointmentType } from '../hooks/useAppointmentTypes.ts';

type AdminAppointmentType = AdminAppointmentTypesResponse['appointmentTypes'][number];

interface Props {
  unitId: string;
  /** The type to change; null adds a new one. */
  type: AdminAppointmentType | null;
  onClose: (saved: boolean) => void;
}

const FIELDS = ['code', 'name.sv', 'name.en', 'durationMinutes', 'cancelCutoffHours'] as const;
type FieldName = (typeof FIELDS)[number];

const whole = (text: string, min: number, max: number): number | null => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** Add or change an appointment type. Its triage form is kept as it is: editing questions is not done here. */
export function AppointmentTypeDialog({ unitId, type, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveAppointmentType(unitId);
  const [values, setValues] = useState({
    code: type?.code ?? '',
    nameSv: type?.name.sv ?? '',
    nameEn: type?.name.en ?? '',
    duration: String(type?.durationMinutes ?? 30),
    cutoff: String(type?.cancelCutoffHours ?? 24),
    hidden: type?.hidden ?? false,
    videoAllowed: type?.videoAllowed ?? false,
    selfBookable: type?.selfBookable ?? false,
  });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const triage = type?.triage ?? [];

  // After a refused save, take the person to the first field that needs attention.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, save.error]);

  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K], field?: FieldName) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (field) setErrors((e) => ({ ...e, [field]: undefined }));
    if (save.isError) save.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const code = values.code.trim().toUpperCase();
    const duration = whole(values.duration, 5, 480);
    const cutoff = whole(values.cutoff, 0, 336);
    const nameOk = (name: string) => name.trim().length >= 2 && name.trim().length <= 80;
    const found: Partial<Record<FieldName, string>> = {};
    if (!/^[A-Z0-9]{2,10}$/.test(code)) found.code = t('staff.unitAdmin.types.form.errors.code');
    if (!nameOk(values.nameSv)) found['name.sv'] = t('staff.unitAdmin.types.form.errors.name');
    if (!nameOk(values.nameEn)) found['name.en'] = t('staff.unitAdmin.types.form.errors.name');
    if (duration === null) found.durationMinutes = t('staff.unitAdmin.types.form.errors.duration');
    if (cutoff === null) found.cancelCutoffHours = t('staff.unitAdmin.types.form.errors.cutoff');
    setErrors(found);
    setAttempt((n) => n + 1);
    if (duration === null || cutoff === null || Object.values(found).some(Boolean)) return;
    const body: AppointmentTypeInput = {
      code,
      name: { sv: values.nameSv.trim(), en: values.nameEn.trim() },
      durationMinutes: duration,
      hidden: values.hidden,
      videoAllowed: values.videoAllowed,
      selfBookable: values.selfBookable,
      cancelCutoffHours: cutoff,
      triage,
    };
    save.mutate({ typeId: type?.id ?? null, body }, { onSuccess: () => onClose(true) });
  };

  // The form checks the code's shape, so the server refusing the code means another type has it.
  const serverError = (field: FieldName) => {
    if (!isApiError(save.error) || save.error.field !== field) return undefined;
    return field === 'code' ? t('staff.unitAdmin.types.form.errors.codeTaken') : t(`errors.${save.error.code}`);
  };
  const at = (field: FieldName) => errors[field] ?? serverError(field);
  const otherError = save.error && !isFieldError(save.error, FIELDS) ? save.error : null;

  return (
    <ModalDialog
      open
      onClose={() => onClose(false)}
      title={type ? t('staff.unitAdmin.types.editTitle', { name: type.name.sv }) : t('staff.unitAdmin.types.addTitle')}
    >
      <form ref={form} onSubmit={onSubmit} noValidate className="vk-dialog-form">
        <Textfield label={t('staff.unitAdmin.types.form.code')} description={t('staff.unitAdmin.types.form.codeHint')} value={values.code} onChange={(e) => set('code', e.target.value, 'code')} autoComplete="off" error={at('code')} />
        <div className="vk-form-grid">
          <Textfield label={t('staff.unitAdmin.types.form.nameSv')} lang="sv" value={values.nameSv} onChange={(e) => set('nameSv', e.target.value, 'name.sv')} error={at('name.sv')} />
          <Textfield label={t('staff.unitAdmin.types.form.nameEn')} lang="en" value={values.nameEn} onChange={(e) => set('nameEn', e.target.value, 'name.en')} error={at('name.en')} />
          <Textfield label={t('staff.unitAdmin.types.form.duration')} inputMode="numeric" value={values.duration} onChange={(e) => set('duration', e.target.value, 'durationMinutes')} error={at('durationMinutes')} />
          <Textfield
            label={t('staff.unitAdmin.types.form.cutoff')}
            description={t('staff.unitAdmin.types.form.cutoffHint')}
            inputMode="numeric"
            value={values.cutoff}
            onChange={(e) => set('cutoff', e.target.value, 'cancelCutoffHours')}
            error={at('cancelCutoffHours')}
          />
        </div>
        <Fieldset>
          <Fieldset.Legend>{t('staff.unitAdmin.types.form.flags')}</Fieldset.Legend>
          <Checkbox label={t('staff.unitAdmin.types.form.hidden')} description={t('staff.unitAdmin.types.form.hiddenHint')} checked={values.hidden} onChange={(e) => set('hidden', e.target.checked)} />
          <Checkbox label={t('staff.unitAdmin.types.form.video')} checked={values.videoAllowed} onChange={(e) => set('videoAllowed', e.target.checked)} />
          <Checkbox label={t('staff.unitAdmin.types.form.selfBookable')} checked={values.selfBookable} onChange={(e) => set('selfBookable', e.target.checked)} />
        </Fieldset>
        <div className="vk-stack vk-stack--sm">
          <Paragraph data-size="sm">
            <strong>{t('staff.unitAdmin.types.form.triage')}: </strong>
            {triage.length === 0 ? t('staff.unitAdmin.types.form.triageNone') : t('staff.unitAdmin.types.form.triageKept', { count: triage.length })}
          </Paragraph>
          <Paragraph data-size="sm" className="vk-muted">
            {t('staff.unitAdmin.types.form.triageHint')}
          </Paragraph>
        </div>
        {otherError ? <ErrorAlert error={otherError} /> : null}
        <DialogActions confirmLabel={t('staff.unitAdmin.types.form.save')} pending={save.isPending} onCancel={() => onClose(false)} />
      </form>
    </ModalDialog>
  );
}
