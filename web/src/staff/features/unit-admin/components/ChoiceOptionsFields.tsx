import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../shared/contracts.ts';
import { newOption } from '../hooks/questionnaire-edit.ts';

type Choice = Extract<Question, { kind: 'single_choice' | 'multiple_choice' }>;
type Option = Choice['options'][number];

interface Props {
  question: Choice;
  /** The question's path inside the questionnaire, e.g. `2`. */
  path: string;
  messages: Record<string, string>;
  onChange: (question: Choice) => void;
}

/** The answers to choose from (2–12), each in Swedish and English, and whether choosing it stops the resident. */
export function ChoiceOptionsFields({ question, path, messages, onChange }: Props) {
  const { t } = useTranslation();
  const options = question.options;
  const set = (index: number, option: Option) => onChange({ ...question, options: options.map((o, i) => (i === index ? option : o)) });

  return (
    <Fieldset className="vk-choice-options">
      <Fieldset.Legend>{t('staff.questionnaire.options')}</Fieldset.Legend>
      <ol className="vk-list-reset vk-stack vk-stack--sm">
        {options.map((option, i) => (
          <li key={option.id} className="vk-choice-option">
            <Textfield
              label={t('staff.questionnaire.optionSv', { number: i + 1 })}
              value={option.text.sv}
              onChange={(e) => set(i, { ...option, text: { ...option.text, sv: e.target.value } })}
              error={messages[`${path}.options.${i}.text.sv`]}
            />
            <Textfield label={t('staff.questionnaire.optionEn', { number: i + 1 })} lang="en" value={option.text.en} onChange={(e) => set(i, { ...option, text: { ...option.text, en: e.target.value } })} />
            <Checkbox label={t('staff.questionnaire.optionStops', { number: i + 1 })} checked={option.stops} onChange={(e) => set(i, { ...option, stops: e.target.checked })} />
            <Button type="button" variant="tertiary" data-size="sm" disabled={options.length <= 2} onClick={() => onChange({ ...question, options: options.filter((_, j) => j !== i) })}>
              {t('staff.questionnaire.removeOption', { number: i + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      {options.length < 12 ? (
        <div>
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange({ ...question, options: [...options, newOption(options)] })}>
            {t('staff.questionnaire.addOption')}
          </Button>
        </div>
      ) : null}
    </Fieldset>
  );
}
