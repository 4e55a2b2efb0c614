import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, Questionnaire } from '../../../../shared/contracts.ts';
import { newQuestion, withoutQuestion } from '../hooks/questionnaire-edit.ts';
import { QuestionFields } from './QuestionFields.tsx';

interface Props {
  value: Questionnaire;
  onChange: (value: Questionnaire) => void;
  /** Messages by path inside the questionnaire, e.g. `2.text.sv`. */
  messages: Record<string, string>;
  /** What the questions belong to, read out with each question ("Fråga 2, Rådgivning"). */
  context: string;
}

/**
 * A triage questionnaire (R-MS-4, R-BK-4): questions of four kinds, answers that stop the resident
 * with advice, and questions shown only after a certain earlier answer. Kept by administrators.
 */
export function QuestionnaireEditor({ value, onChange, messages, context }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const [added, setAdded] = useState<string | null>(null);

  // A new question takes focus, so a keyboard user starts writing it at once.
  useEffect(() => {
    if (added) list.current?.querySelector<HTMLElement>(`[data-question="${added}"] input, [data-question="${added}"] select`)?.focus();
  }, [added]);

  const replace = (index: number, question: Question) => onChange(value.map((q, i) => (i === index ? question : q)));

  return (
    <div className="vk-stack">
      {value.length === 0 ? <Paragraph className="vk-muted">{t('staff.questionnaire.none')}</Paragraph> : null}
      <ol ref={list} className="vk-list-reset vk-stack">
        {value.map((question, index) => (
          <li key={question.id} data-question={question.id}>
            <QuestionFields
              question={question}
              index={index}
              questionnaire={value}
              context={context}
              messages={messages}
              onChange={(next) => replace(index, next)}
              onRemove={() => onChange(withoutQuestion(value, index))}
            />
          </li>
        ))}
      </ol>
      {value.length < 30 ? (
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              const question = newQuestion(value);
              onChange([...value, question]);
              setAdded(question.id);
            }}
          >
            {t('staff.questionnaire.add')}
            <span className="ds-sr-only"> – {context}</span>
          </Button>
        </div>
      ) : null}
    </div>
  );
}
