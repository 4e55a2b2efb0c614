import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import type { Answers, Questionnaire, TriageCheckResponse } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { answersToSend, unanswered, visibleQuestions } from '../hooks/triage-form.ts';
import { useTriageCheck } from '../hooks/useSelfBookingActions.ts';
import { questionInputId, TriageQuestionField } from './TriageQuestionField.tsx';

interface Props {
  typeId: string;
  form: Questionnaire;
  answers: Answers;
  onAnswers: (answers: Answers) => void;
  onResult: (result: TriageCheckResponse) => void;
}

const ANSWER_FIELD = 'answers.';

/** All triage questions on one screen; follow-ups appear as their condition holds. "Fortsätt" asks the server. */
export function TriageStep({ typeId, form, answers, onAnswers, onResult }: Props) {
  const { t } = useTranslation();
  const check = useTriageCheck(typeId);
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
      <Paragraph>{t('resident.selfBooking.questionsIntro')}</Paragraph>
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
      </div>
    </form>
  );
}
