import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { icd10, type AdminUnitDetail, type CriteriaScope, type SampleResident } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { fromDraft, splitCodes, validateDraft, type CriteriaEditing } from '../hooks/criteria-draft.ts';
import { useScopeName } from '../hooks/useScopeName.ts';
import { useCriteriaPreview } from '../hooks/useUnitActions.ts';
import { PreviewResult } from './PreviewResult.tsx';

// The demo region's own county: most residents a unit here serves are registered in it.
const HOME_COUNTY = 'Gotlands län';

interface Props {
  unit: AdminUnitDetail;
  editing: CriteriaEditing | null;
}

/** Try the criteria against a made-up resident: the draft of the scope being edited, otherwise the saved criteria. */
export function CriteriaPreviewSection({ unit, editing }: Props) {
  const { t } = useTranslation();
  const scopeName = useScopeName();
  const preview = useCriteriaPreview(unit.id);
  const scopes: CriteriaScope[] = ['unit', ...unit.functions];
  const [chosenScope, setScope] = useState<CriteriaScope>('unit');
  const scope = scopes.includes(chosenScope) ? chosenScope : 'unit';
  const [birthDate, setBirthDate] = useState('');
  const [county, setCounty] = useState(HOME_COUNTY);
  const [codes, setCodes] = useState('');
  const [lastVisit, setLastVisit] = useState('');
  const [flags, setFlags] = useState({ listedAtUnit: false, careContact: false, hasComingVisit: false });
  const [errors, setErrors] = useState<{ birthDate?: string; codes?: string; lastVisit?: string; draft?: string }>({});

  const draft = editing?.scope === scope ? editing.draft : null;

  // Opening criteria for editing points the try-out at them, so the draft is what gets tried.
  const editedScope = editing?.scope;
  useEffect(() => {
    if (editedScope) setScope(editedScope);
  }, [editedScope]);

  // An answer belongs to the resident and criteria it was asked about; any change makes it stale.
  const { reset } = preview;
  useEffect(() => reset(), [reset, scope, birthDate, county, codes, lastVisit, flags, draft]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const diagnosisCodes = splitCodes(codes);
    const months = lastVisit.trim() === '' ? null : Number(lastVisit);
    const found = {
      birthDate: birthDate ? undefined : t('staff.criteria.preview.birthDateMissing'),
      codes: diagnosisCodes.every((code) => icd10.safeParse(code).success) ? undefined : t('staff.criteria.editor.errors.codesInvalid'),
      lastVisit: months === null || (Number.isInteger(months) && months >= 0 && months <= 240) ? undefined : t('staff.criteria.preview.lastVisitInvalid'),
      // A draft the editor would refuse to save cannot be tried either; say where to fix it.
      draft: draft && Object.keys(validateDraft(draft)).length > 0 ? t('staff.criteria.preview.draftInvalid') : undefined,
    };
    setErrors(found);
    if (found.birthDate || found.codes || found.lastVisit || found.draft) return;
    const resident: SampleResident = { birthDate, county: county.trim() || null, diagnosisCodes, lastVisitMonthsAgo: months, ...flags };
    preview.mutate({ scope, resident, ...(draft ? { criteria: fromDraft(draft) } : {}) });
  };

  const flag = (key: keyof typeof flags, label: string) => (
    <Checkbox label={label} checked={flags[key]} onChange={(e) => setFlags((f) => ({ ...f, [key]: e.target.checked }))} />
  );

  return (
    <section className="vk-section" aria-labelledby="unit-preview">
      <Heading level={2} data-size="sm" id="unit-preview">
        {t('staff.criteria.preview.heading')}
      </Heading>
      <Paragraph>{t('staff.criteria.preview.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="vk-form">
        <Field className="vk-field-narrow">
          <Label>{t('staff.criteria.preview.scope')}</Label>
          <Select value={scope} onChange={(e) => setScope(e.target.value as CriteriaScope)}>
            {scopes.map((option) => (
              <Select.Option key={option} value={option}>
                {scopeName(option)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {draft ? (
          <Alert data-color="info" data-size="sm">
            <Paragraph data-size="sm">{t('staff.criteria.preview.draftNote', { scope: scopeName(scope) })}</Paragraph>
          </Alert>
        ) : null}
        <div className="vk-form-grid">
          <Textfield type="date" label={t('staff.criteria.preview.birthDate')} value={birthDate} onChange={(e) => setBirthDate(e.target.value)} error={errors.birthDate} />
          <Textfield label={t('staff.criteria.preview.county')} description={t('staff.criteria.preview.countyHint')} value={county} onChange={(e) => setCounty(e.target.value)} autoComplete="off" />
          <Textfield label={t('staff.criteria.preview.diagnoses')} description={t('staff.criteria.preview.diagnosesHint')} value={codes} onChange={(e) => setCodes(e.target.value)} autoComplete="off" spellCheck={false} error={errors.codes} />
          <Textfield type="number" min={0} max={240} label={t('staff.criteria.preview.lastVisit')} description={t('staff.criteria.preview.lastVisitHint')} value={lastVisit} onChange={(e) => setLastVisit(e.target.value)} error={errors.lastVisit} />
        </div>
        <Fieldset>
          <Fieldset.Legend>{t('staff.criteria.preview.facts')}</Fieldset.Legend>
          {flag('listedAtUnit', t('staff.criteria.preview.listed'))}
          {flag('careContact', t('staff.criteria.preview.careContact'))}
          {flag('hasComingVisit', t('staff.criteria.preview.comingVisit'))}
        </Fieldset>
        <div>
          <Button type="submit" variant="secondary" loading={preview.isPending} disabled={preview.isPending}>
            {t('staff.criteria.preview.submit')}
          </Button>
        </div>
      </form>
      {errors.draft ? (
        <Alert data-color="warning" data-size="sm">
          <Paragraph data-size="sm">{errors.draft}</Paragraph>
        </Alert>
      ) : null}
      {preview.isError ? <ErrorAlert error={preview.error} /> : null}
      <div aria-live="polite">{preview.data && !preview.isPending ? <PreviewResult result={preview.data} /> : null}</div>
    </section>
  );
}
