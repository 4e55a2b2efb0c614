import { Button, Checkbox, Field, Fieldset, Label, Link, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isApiError } from '../../../../shared/api/client.ts';
import { isFieldError } from '../../../../shared/api/error-message.ts';
import { unitFunction, unitKind, type UnitFunction, type UnitKind } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { staffPaths } from '../../../paths.ts';
import { useConnectUnit } from '../hooks/useConnectUnit.ts';

const TEXT_FIELDS = ['hsaId', 'name', 'streetAddress', 'postalCode', 'city', 'phone'] as const;
const FIELDS = [...TEXT_FIELDS, 'kind', 'functions'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type FieldName = (typeof FIELDS)[number];

const hints: Partial<Record<TextField, 'hsaIdHint' | 'postalCodeHint' | 'phoneHint'>> = { hsaId: 'hsaIdHint', postalCode: 'postalCodeHint', phone: 'phoneHint' };

/** Connect a unit to the service (R-UN-1). Only empty fields are checked here; the server says what is wrong with the rest. */
export function ConnectUnitPage() {
  const { t } = useTranslation();
  const connect = useConnectUnit();
  const [text, setText] = useState<Record<TextField, string>>({ hsaId: '', name: '', streetAddress: '', postalCode: '', city: '', phone: '' });
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [functions, setFunctions] = useState<UnitFunction[]>([]);
  const [missing, setMissing] = useState<Partial<Record<FieldName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  // After a refused submit, take the person to the first field that needs attention.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, connect.error]);

  const edited = (field: FieldName) => {
    setMissing((m) => ({ ...m, [field]: undefined }));
    if (connect.isError) connect.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<FieldName, string>> = {};
    for (const field of TEXT_FIELDS) if (!text[field].trim()) found[field] = t('staff.unitAdmin.connect.required');
    if (!kind) found.kind = t('staff.unitAdmin.connect.kindMissing');
    setMissing(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0 || !kind) return;
    connect.mutate({ ...text, kind, functions });
  };

  // A refused value is explained at its field: a format problem in words for that field, anything else by its code.
  const at = (field: FieldName): string | undefined => {
    if (missing[field]) return missing[field];
    const error = connect.error;
    if (!isApiError(error) || error.field !== field) return undefined;
    return error.code === 'validation_failed' ? t(`staff.unitAdmin.connect.invalid.${field}`) : t(`errors.${error.code}`);
  };
  const otherError = connect.error && !isFieldError(connect.error, FIELDS) ? connect.error : null;

  // The unit's details, not the person's own: the browser's address autofill would only get in the way.
  const textField = (field: TextField) => {
    const hint = hints[field];
    return (
      <Textfield
        label={t(`staff.unitAdmin.connect.${field}`)}
        description={hint ? t(`staff.unitAdmin.connect.${hint}`) : undefined}
        value={text[field]}
        onChange={(e) => {
          setText((v) => ({ ...v, [field]: e.target.value }));
          edited(field);
        }}
        autoComplete="off"
        error={at(field)}
      />
    );
  };

  return (
    <div className="vk-stack vk-stack--lg vk-narrow">
      <Paragraph>
        <Link asChild>
          <RouterLink to={staffPaths.adminUnits}>← {t('staff.unitAdmin.connect.back')}</RouterLink>
        </Link>
      </Paragraph>
      <div className="vk-stack">
        <PageHeading title={t('staff.unitAdmin.connect.title')} app="portal" />
        <Paragraph>{t('staff.unitAdmin.connect.intro')}</Paragraph>
      </div>

      <form ref={form} onSubmit={onSubmit} noValidate className="vk-form">
        {textField('hsaId')}
        {textField('name')}
        <Field>
          <Label>{t('staff.unitAdmin.connect.kind')}</Label>
          <Select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as UnitKind | '');
              edited('kind');
            }}
            aria-invalid={at('kind') ? true : undefined}
          >
            <Select.Option value="">{t('staff.unitAdmin.connect.chooseKind')}</Select.Option>
            {unitKind.options.map((option) => (
              <Select.Option key={option} value={option}>
                {t(`enums.unitKind.${option}`)}
              </Select.Option>
            ))}
          </Select>
          {at('kind') ? <ValidationMessage>{at('kind')}</ValidationMessage> : null}
        </Field>
        {textField('streetAddress')}
        {textField('postalCode')}
        {textField('city')}
        {textField('phone')}

        <Fieldset>
          <Fieldset.Legend>{t('staff.unitAdmin.connect.functionsLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('staff.unitAdmin.connect.functionsHint')}</Fieldset.Description>
          {unitFunction.options.map((fn) => (
            <Checkbox
              key={fn}
              label={t(`enums.unitFunction.${fn}`)}
              value={fn}
              checked={functions.includes(fn)}
              onChange={(e) => {
                setFunctions((list) => (e.target.checked ? [...list, fn] : list.filter((x) => x !== fn)));
                edited('functions');
              }}
            />
          ))}
          {at('functions') ? <ValidationMessage>{at('functions')}</ValidationMessage> : null}
        </Fieldset>

        {otherError ? <ErrorAlert error={otherError} /> : null}
        <div className="vk-row">
          <Button type="submit" loading={connect.isPending} disabled={connect.isPending}>
            {t('staff.unitAdmin.connect.submit')}
          </Button>
          <Button asChild variant="tertiary">
            <RouterLink to={staffPaths.adminUnits}>{t('common.cancel')}</RouterLink>
          </Button>
        </div>
      </form>
    </div>
  );
}
