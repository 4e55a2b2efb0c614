import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import type { Answers, Questionnaire, TriageCheckResponse } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { answersToSend, unanswered, visibleQuestions } from '../hooks/triage-form.ts';
import { questionInputId, TriageQuestionField } from './TriageQuestionField.tsx';

interface Props {
  form: Questionnaire;
  answers: Answers;
  onAnswers: (answers: Answers) => void;
  /** Asks the server whether the answers let the resident go on (a booking's or a chat errand's triage). */
  check: (answers: Answers) => Promise<TriageCheckResponse>;
  onResult: (result: TriageCheckResponse) => void;
  intro: string;
  /** Other buttons beside "Fortsätt" (e.g. back). */
  actions?: ReactNode;
}

const ANSWER_FIELD = 'answers.';

/** All triage questions on one screen; follow-ups appear as their condition holds. "Fortsätt" asks the server. */
export function TriageStep({ form, answers, onAnswers, check: checkAnswers, onResult, intro, actions }: Props) {
  const { t } = useTranslation();
  const check = useMutation({ mutationFn: checkAnswers });
  const [showMissing, setShowMissing] = useState(false);
  const missing = showMissing ? unanswered(form, answers) : [];
  // The server names the question it could not accept (e.g. a form changed while this one was open).
  const refused = isApiError(check.error) && check.error.field?.startsWith(ANSWER_FIELD) ? check.error.field.slice(ANSWER_FIELD.length) : null;

  const errorFor = (questionId: string) => {
    if (missing.includes(questionId)) return t('resident.selfBooking.answerMissing');
    if (refused === questionId) return t('resident.selfBooking.answerInvalid');
    return undefined;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const notAnswered = unanswered(form, answers);
    if (notAnswered[0]) {
      setShowMissing(true);
      document.getElementById(questionInputId(notAnswered[0]))?.focus();
      return;
    }
    check.mutate(answersToSend(form, answers), { onSuccess: onResult });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="vk-stack vk-stack--lg">
      <Paragraph>{intro}</Paragraph>
      {visibleQuestions(form, answers).map((question) => (
        <TriageQuestionField
          key={question.id}
          question={question}
          value={answers[question.id]}
          onChange={(value) => {
            check.reset();
            onAnswers({ ...answers, [question.id]: value });
          }}
          error={errorFor(question.id)}
        />
      ))}
      {check.isError && !refused ? <ErrorAlert error={check.error} /> : null}
      <div className="vk-actions">
        <Button type="submit" loading={check.isPending} disabled={check.isPending}>
          {t('resident.selfBooking.continue')}
        </Button>
        {actions}
      </div>
    </form>
  );
}
