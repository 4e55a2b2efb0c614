import { Button, Field, Heading, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import { documentKind, type AdminUnitDetail, type DocumentKind } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { useAddDocumentException } from '../hooks/useUnitActions.ts';

const FIELDS = ['documentKind', 'appointmentTypeId', 'reason'] as const;

/** Add a local exception: one kind of document, for one appointment type or all, with the reason (R-DC-5). */
export function AddDocumentExceptionForm({ unit }: { unit: AdminUnitDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const add = useAddDocumentException(unit.id);
  const [kind, setKind] = useState<DocumentKind>('e_invitation');
  const [appointmentTypeId, setAppointmentTypeId] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setReasonError(t('staff.unitAdmin.exceptions.reasonTooShort'));
      return;
    }
    add.mutate(
      { documentKind: kind, appointmentTypeId: appointmentTypeId || null, reason: reason.trim() },
      {
        onSuccess: () => {
          setReason('');
          setAppointmentTypeId('');
        },
      },
    );
  };
  const edited = () => {
    if (add.isError || add.isSuccess) add.reset();
  };
  const kindError = fieldError(t, add.error, 'documentKind');
  const typeError = fieldError(t, add.error, 'appointmentTypeId');

  return (
    <form onSubmit={onSubmit} noValidate className="vk-form vk-subsection">
      <Heading level={3} data-size="xs">
        {t('staff.unitAdmin.exceptions.addHeading')}
      </Heading>
      <div className="vk-form-grid">
        <Field>
          <Label>{t('staff.unitAdmin.exceptions.kind')}</Label>
          <Select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as DocumentKind);
              edited();
            }}
            aria-invalid={kindError ? true : undefined}
          >
            {documentKind.options.map((option) => (
              <Select.Option key={option} value={option}>
                {t(`enums.documentKind.${option}`)}
              </Select.Option>
            ))}
          </Select>
          {kindError ? <ValidationMessage>{kindError}</ValidationMessage> : null}
        </Field>
        <Field>
          <Label>{t('staff.unitAdmin.exceptions.appointmentType')}</Label>
          <Select
            value={appointmentTypeId}
            onChange={(e) => {
              setAppointmentTypeId(e.target.value);
              edited();
            }}
            aria-invalid={typeError ? true : undefined}
          >
            <Select.Option value="">{t('staff.unitAdmin.exceptions.allTypes')}</Select.Option>
            {unit.appointmentTypes.map((type) => (
              <Select.Option key={type.id} value={type.id}>
                {localized(type.name, language)}
              </Select.Option>
            ))}
          </Select>
          {typeError ? <ValidationMessage>{typeError}</ValidationMessage> : null}
        </Field>
      </div>
      <Textfield
        multiline
        rows={2}
        label={t('staff.unitAdmin.exceptions.reason')}
        description={t('staff.unitAdmin.exceptions.reasonHint')}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setReasonError(undefined);
          edited();
        }}
        error={reasonError ?? fieldError(t, add.error, 'reason')}
      />
      {add.error && !isFieldError(add.error, FIELDS) ? <ErrorAlert error={add.error} /> : null}
      <div className="vk-row">
        <Button type="submit" variant="secondary" loading={add.isPending} disabled={add.isPending}>
          {t('staff.unitAdmin.exceptions.add')}
        </Button>
        <p role="status" className="vk-status">
          {add.isSuccess ? t('staff.unitAdmin.exceptions.added') : null}
        </p>
      </div>
    </form>
  );
}
