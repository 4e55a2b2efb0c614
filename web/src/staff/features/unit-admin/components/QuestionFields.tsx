import { Button, Field, Fieldset, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Question, Questionnaire } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';
import { conditionChoices, questionKinds, stopsSomewhere, withKind, type QuestionKind } from '../hooks/questionnaire-edit.ts';
import { ChoiceOptionsFields } from './ChoiceOptionsFields.tsx';

interface Props {
  question: Question;
  index: number;
  questionnaire: Questionnaire;
  context: string;
  messages: Record<string, string>;
  onChange: (question: Question) => void;
  onRemove: () => void;
}

/** One question: its kind, its text in Swedish and English, when it is shown, and what stops the resident. */
export function QuestionFields({ question: q, index, questionnaire, context, messages, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = index + 1;
  const at = (path: string) => messages[`${index}.${path}`];
  const conditions = conditionChoices(questionnaire, index);
  const condition = q.showIf ? `${q.showIf.questionId}=${q.showIf.equals}` : '';
  const advice = 'stopAdvice' in q ? (q.stopAdvice ?? { sv: '', en: '' }) : null;

  return (
    <Fieldset className="vk-question">
      <Fieldset.Legend>
        {t('staff.questionnaire.legend', { number })}
        <span className="ds-sr-only"> – {context}</span>
      </Fieldset.Legend>
      <div className="vk-form-grid">
        <Field>
          <Label>{t('staff.questionnaire.kind')}</Label>
          <Select value={q.kind} onChange={(e) => onChange(withKind(q, e.target.value as QuestionKind))}>
            {questionKinds.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {t(`staff.questionnaire.kinds.${kind}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('staff.questionnaire.showIf')}</Label>
          <Select
            value={condition}
            aria-invalid={at('showIf') ? true : undefined}
            onChange={(e) => {
              const [questionId = '', equals = ''] = e.target.value.split('=');
              onChange({ ...q, showIf: e.target.value ? { questionId, equals } : null });
            }}
          >
            <Select.Option value="">{t('staff.questionnaire.always')}</Select.Option>
            {conditions.map((c) => (
              <Select.Option key={`${c.questionId}=${c.equals}`} value={`${c.questionId}=${c.equals}`}>
                {t('staff.questionnaire.onlyIf', { number: c.number, answer: c.option ? localized(c.option.text, language) : t(`staff.questionnaire.answers.${c.equals as 'yes' | 'no'}`) })}
              </Select.Option>
            ))}
          </Select>
          {at('showIf') ? <ValidationMessage>{at('showIf')}</ValidationMessage> : null}
        </Field>
        <Textfield label={t('staff.questionnaire.textSv')} value={q.text.sv} onChange={(e) => onChange({ ...q, text: { ...q.text, sv: e.target.value } })} error={at('text.sv')} />
        <Textfield label={t('staff.questionnaire.textEn')} lang="en" value={q.text.en} onChange={(e) => onChange({ ...q, text: { ...q.text, en: e.target.value } })} error={at('text.en')} />
      </div>

      {q.kind === 'yes_no' ? (
        <Field className="vk-field-narrow">
          <Label>{t('staff.questionnaire.stopsOn')}</Label>
          <Select value={q.stopsOn ?? ''} onChange={(e) => onChange({ ...q, stopsOn: (e.target.value || null) as 'yes' | 'no' | null })}>
            <Select.Option value="">{t('staff.questionnaire.stopsOnNone')}</Select.Option>
            <Select.Option value="yes">{t('staff.questionnaire.answers.yes')}</Select.Option>
            <Select.Option value="no">{t('staff.questionnaire.answers.no')}</Select.Option>
          </Select>
        </Field>
      ) : null}
      {q.kind === 'single_choice' || q.kind === 'multiple_choice' ? <ChoiceOptionsFields question={q} path={`${index}`} messages={messages} onChange={onChange} /> : null}
      {q.kind === 'free_text' ? (
        <Textfield
          className="vk-field-narrow"
          type="number"
          min={10}
          max={2000}
          label={t('staff.questionnaire.maxLength')}
          description={t('staff.questionnaire.maxLengthHint')}
          value={String(q.maxLength)}
          onChange={(e) => onChange({ ...q, maxLength: Number(e.target.value) })}
          error={at('maxLength')}
        />
      ) : null}
      {advice && stopsSomewhere(q) ? (
        <div className="vk-form-grid">
          <Textfield
            multiline
            rows={3}
            label={t('staff.questionnaire.adviceSv')}
            description={t('staff.questionnaire.adviceHint')}
            value={advice.sv}
            onChange={(e) => onChange({ ...q, stopAdvice: { ...advice, sv: e.target.value } } as Question)}
            error={at('stopAdvice.sv')}
          />
          <Textfield multiline rows={3} lang="en" label={t('staff.questionnaire.adviceEn')} value={advice.en} onChange={(e) => onChange({ ...q, stopAdvice: { ...advice, en: e.target.value } } as Question)} error={at('stopAdvice.en')} />
        </div>
      ) : null}
      <div>
        <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={onRemove}>
          {t('staff.questionnaire.remove', { number })}
          <span className="ds-sr-only"> – {context}</span>
        </Button>
      </div>
    </Fieldset>
  );
}
