import { Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Answers, Question } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';

type Answer = Answers[string];

interface Props {
  question: Question;
  value: Answer | undefined;
  onChange: (value: Answer) => void;
  error?: string;
}

/** The element a question's error moves focus to: the first input of its group. */
export const questionInputId = (questionId: string) => `triage-${questionId}`;

/**
 * One triage question, by kind: yes/no and single choice as a radio group, multiple choice as
 * checkboxes, free text as a text area. Each group is a fieldset named by the question.
 */
export function TriageQuestionField({ question, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = `triage-${question.id}`;
  const invalid = error ? true : undefined;

  if (question.kind === 'free_text') {
    return (
      <Textfield
        id={questionInputId(question.id)}
        multiline
        rows={3}
        label={localized(question.text, language)}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onChange(event.target.value)}
        counter={{ limit: question.maxLength, under: t('resident.selfBooking.textUnder'), over: t('resident.selfBooking.textOver') }}
        error={error}
      />
    );
  }

  const options =
    question.kind === 'yes_no'
      ? [
          { id: 'yes', label: t('resident.selfBooking.yes') },
          { id: 'no', label: t('resident.selfBooking.no') },
        ]
      : question.options.map((option) => ({ id: option.id, label: localized(option.text, language) }));
  const chosen = Array.isArray(value) ? value : [];

  return (
    <Fieldset>
      <Fieldset.Legend>{localized(question.text, language)}</Fieldset.Legend>
      {options.map((option, index) =>
        question.kind === 'multiple_choice' ? (
          <Checkbox
            key={option.id}
            id={index === 0 ? questionInputId(question.id) : undefined}
            name={name}
            value={option.id}
            label={option.label}
            checked={chosen.includes(option.id)}
            onChange={(event) => onChange(event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))}
            aria-invalid={invalid}
          />
        ) : (
          <Radio
            key={option.id}
            id={index === 0 ? questionInputId(question.id) : undefined}
            name={name}
            value={option.id}
            label={option.label}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
            aria-invalid={invalid}
          />
        ),
      )}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
