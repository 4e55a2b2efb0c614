import { Button, Field, Fieldset, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionTypes, type CriterionType, type DraftCriterion } from '../hooks/criteria-draft.ts';

/** A new object per request, so asking again for the same node moves focus again. */
export type FocusRequest = { key: string } | null;

interface Props {
  node: DraftCriterion;
  /** The API's path of this criterion, e.g. `criteria.items.0`; its inputs add `.min` and so on. */
  path: string;
  /** "1", "2.1": the criterion's place, for its legend. */
  number: string;
  messages: Record<string, string>;
  focusRequest: FocusRequest;
  onChange: (node: DraftCriterion) => void;
  onRemove: () => void;
}

/** One criterion in the editor: its type and the inputs that type needs. */
export function CriterionFields({ node, path, number, messages, focusRequest, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const typeSelect = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (focusRequest?.key === node.key) typeSelect.current?.focus();
  }, [focusRequest, node.key]);

  const set = (values: Partial<DraftCriterion>) => onChange({ ...node, ...values });
  const at = (input: string) => messages[`${path}.${input}`];

  return (
    <Fieldset className="vk-criterion">
      <Fieldset.Legend>{t('staff.criteria.editor.criterionLegend', { number })}</Fieldset.Legend>
      <Field className="vk-field-narrow">
        <Label>{t('staff.criteria.editor.type')}</Label>
        <Select ref={typeSelect} value={node.type} onChange={(e) => set({ type: e.target.value as CriterionType })}>
          {criterionTypes.map((type) => (
            <Select.Option key={type} value={type}>
              {t(`staff.criteria.type.${type}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>

      {node.type === 'age' ? (
        <div className="vk-criterion__inputs">
          <Textfield type="number" min={0} max={130} label={t('staff.criteria.editor.minAge')} description={t('staff.criteria.editor.ageHint')} value={node.min} onChange={(e) => set({ min: e.target.value })} error={at('min')} />
          <Textfield type="number" min={0} max={130} label={t('staff.criteria.editor.maxAge')} description={t('staff.criteria.editor.ageHint')} value={node.max} onChange={(e) => set({ max: e.target.value })} error={at('max')} />
        </div>
      ) : null}
      {node.type === 'county' ? (
        <Textfield multiline rows={3} label={t('staff.criteria.editor.counties')} description={t('staff.criteria.editor.countiesHint')} value={node.counties} onChange={(e) => set({ counties: e.target.value })} error={at('counties')} />
      ) : null}
      {node.type === 'diagnosis' ? (
        <Textfield label={t('staff.criteria.editor.codes')} description={t('staff.criteria.editor.codesHint')} value={node.codes} onChange={(e) => set({ codes: e.target.value })} autoComplete="off" spellCheck={false} error={at('codes')} />
      ) : null}
      {node.type === 'earlier_visit' ? (
        <Textfield type="number" min={1} max={120} label={t('staff.criteria.editor.months')} description={t('staff.criteria.editor.monthsHint')} value={node.withinMonths} onChange={(e) => set({ withinMonths: e.target.value })} error={at('withinMonths')} />
      ) : null}

      {messages[path] ? <ValidationMessage>{messages[path]}</ValidationMessage> : null}
      <div>
        <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={onRemove}>
          {t('staff.criteria.editor.removeCriterion')}
          <span className="ds-sr-only"> {number}</span>
        </Button>
      </div>
    </Fieldset>
  );
}
