import { Checkbox, Field, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import type { AddProxyRequest } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useAddProxy } from '../hooks/useProxyActions.ts';

export type AddableKind = AddProxyRequest['kind'];

interface Guardian {
  residentId: string;
  name: string;
}

interface Props {
  residentId: string;
  kind: AddableKind;
  guardians: Guardian[];
  open: boolean;
  onClose: () => void;
}

const FIELDS = ['guardianId', 'reason', 'validUntil', 'representativeIdentifier', 'court', 'caseNumber', 'decisionDate', 'coversPersonalCare', 'reference', 'scope'] as const;
type FieldName = (typeof FIELDS)[number];
type Values = Record<Exclude<FieldName, 'coversPersonalCare'>, string> & { coversPersonalCare: boolean };
const empty: Values = { guardianId: '', reason: '', validUntil: '', representativeIdentifier: '', court: '', caseNumber: '', decisionDate: '', coversPersonalCare: false, reference: '', scope: '' };

/** Record a proxy decided by care: a guardian on special need (R-PX-2), a legal representative (R-PX-3) or an authorised representative (R-PX-4). */
export function AddProxyDialog({ residentId, kind, guardians, open, onClose }: Props) {
  const { t } = useTranslation();
  const add = useAddProxy(residentId);
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const form = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);

  // After a refused save, take the person to the first field that needs attention.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, add.error]);

  const close = () => {
    setValues(empty);
    setErrors({});
    add.reset();
    onClose();
  };
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
    if (add.isError) add.reset();
  };

  const validate = (): Partial<Record<FieldName, string>> => {
    const e: Partial<Record<FieldName, string>> = {};
    const required = t('staff.proxies.form.required');
    if (kind === 'guardian_special_need') {
      if (!values.guardianId) e.guardianId = t('staff.proxies.form.chooseGuardian');
      if (values.reason.trim().length < 3) e.reason = t('staff.proxies.form.reasonTooShort');
      if (!values.validUntil) e.validUntil = required;
    }
    if (kind === 'legal_representative' || kind === 'authorised_representative') {
      if (!values.representativeIdentifier.trim()) e.representativeIdentifier = required;
    }
    if (kind === 'legal_representative') {
      if (values.court.trim().length < 2) e.court = required;
      if (!values.caseNumber.trim()) e.caseNumber = required;
      if (!values.decisionDate) e.decisionDate = required;
      if (!values.coversPersonalCare) e.coversPersonalCare = t('staff.proxies.form.coversMissing');
    }
    if (kind === 'authorised_representative') {
      if (!values.reference.trim()) e.reference = required;
      if (values.scope.trim().length < 3) e.scope = t('staff.proxies.form.scopeTooShort');
    }
    return e;
  };

  const body = (): AddProxyRequest => {
    switch (kind) {
      case 'guardian_special_need':
        return { kind, guardianId: values.guardianId, reason: values.reason.trim(), validUntil: values.validUntil };
      case 'legal_representative':
        return {
          kind,
          representativeIdentifier: values.representativeIdentifier.replace(/[\s-]/g, ''),
          court: values.court.trim(),
          caseNumber: values.caseNumber.trim(),
          decisionDate: values.decisionDate,
          coversPersonalCare: true,
        };
      case 'authorised_representative':
        return {
          kind,
          representativeIdentifier: values.representativeIdentifier.replace(/[\s-]/g, ''),
          reference: values.reference.trim(),
          scope: values.scope.trim(),
          validUntil: values.validUntil || null,
        };
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.values(found).some(Boolean)) return;
    add.mutate(body(), { onSuccess: close });
  };

  // The server's answer about a field is shown at that field.
  const at = (field: FieldName): string | undefined => {
    if (errors[field]) return errors[field];
    if (field === 'representativeIdentifier' && isApiError(add.error) && add.error.field === field && add.error.code === 'not_found') {
      return t('staff.proxies.form.identifierNotFound');
    }
    return fieldError(t, add.error, field);
  };
  const otherError = add.error && !isFieldError(add.error, FIELDS) ? add.error : null;

  return (
    <ModalDialog open={open} onClose={close} title={t(`staff.proxies.add.${kind}`)}>
      <form ref={form} onSubmit={onSubmit} noValidate className="vk-dialog-form">
        <Paragraph data-size="sm">{t(`staff.proxies.form.intro.${kind}`)}</Paragraph>

        {kind === 'guardian_special_need' ? (
          <>
            <Field>
              <Label>{t('staff.proxies.form.guardian')}</Label>
              <Select value={values.guardianId} onChange={(e) => set('guardianId', e.target.value)} aria-invalid={at('guardianId') ? true : undefined}>
                <Select.Option value="">{t('staff.proxies.form.chooseGuardianOption')}</Select.Option>
                {guardians.map((g) => (
                  <Select.Option key={g.residentId} value={g.residentId}>
                    {g.name}
                  </Select.Option>
                ))}
              </Select>
              {at('guardianId') ? <ValidationMessage>{at('guardianId')}</ValidationMessage> : null}
            </Field>
            <Textfield multiline rows={3} label={t('staff.proxies.form.reason')} description={t('staff.proxies.form.reasonHint')} value={values.reason} onChange={(e) => set('reason', e.target.value)} error={at('reason')} />
            <Textfield type="date" label={t('staff.proxies.form.validUntil')} description={t('staff.proxies.form.validUntilSpecialHint')} value={values.validUntil} onChange={(e) => set('validUntil', e.target.value)} error={at('validUntil')} />
          </>
        ) : (
          <Textfield
            label={t('staff.proxies.form.identifier')}
            description={t('staff.proxies.form.identifierHint')}
            value={values.representativeIdentifier}
            onChange={(e) => set('representativeIdentifier', e.target.value)}
            inputMode="numeric"
            autoComplete="off"
            error={at('representativeIdentifier')}
          />
        )}

        {kind === 'legal_representative' ? (
          <>
            <Textfield label={t('staff.proxies.form.court')} value={values.court} onChange={(e) => set('court', e.target.value)} error={at('court')} />
            <Textfield label={t('staff.proxies.form.caseNumber')} value={values.caseNumber} onChange={(e) => set('caseNumber', e.target.value)} error={at('caseNumber')} />
            <Textfield type="date" label={t('staff.proxies.form.decisionDate')} value={values.decisionDate} onChange={(e) => set('decisionDate', e.target.value)} error={at('decisionDate')} />
            <Checkbox label={t('staff.proxies.form.covers')} checked={values.coversPersonalCare} onChange={(e) => set('coversPersonalCare', e.target.checked)} error={at('coversPersonalCare')} />
          </>
        ) : null}

        {kind === 'authorised_representative' ? (
          <>
            <Textfield label={t('staff.proxies.form.reference')} description={t('staff.proxies.form.referenceHint')} value={values.reference} onChange={(e) => set('reference', e.target.value)} error={at('reference')} />
            <Textfield multiline rows={2} label={t('staff.proxies.form.scope')} description={t('staff.proxies.form.scopeHint')} value={values.scope} onChange={(e) => set('scope', e.target.value)} error={at('scope')} />
            <Textfield type="date" label={t('staff.proxies.form.validUntilOptional')} description={t('staff.proxies.form.validUntilOptionalHint')} value={values.validUntil} onChange={(e) => set('validUntil', e.target.value)} error={at('validUntil')} />
          </>
        ) : null}

        {otherError ? <ErrorAlert error={otherError} /> : null}
        <DialogActions confirmLabel={t('staff.proxies.form.save')} pending={add.isPending} onCancel={close} />
      </form>
    </ModalDialog>
  );
}
