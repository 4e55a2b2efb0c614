import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import type { Answers, Errand } from '../../../../shared/contracts.ts';
import { TriageStep } from '../../self-booking/components/TriageStep.tsx';
import { checkChatTriage } from '../api/check-chat-triage.ts';
import type { NewChatFlow } from '../hooks/useNewChatFlow.ts';

interface Props {
  flow: NewChatFlow;
  unitId: string;
  errand: Errand;
}

/** The errand's questions (R-MS-4), asked and checked as the booking triage's are; an answer that stops shows advice instead of going on. */
export function ChatQuestionsStep({ flow, unitId, errand }: Props) {
  const { t } = useTranslation();
  // Refused when the conversation was started: the unit changed its questions meanwhile.
  const refusal = flow.refusal?.step === 'questions' ? flow.refusal.error : null;

  return (
    <div className="vk-stack vk-stack--lg">
      {refusal ? (
        <Alert data-color="warning">
          <Paragraph>{isApiError(refusal) && refusal.code === 'triage_stopped' ? t('resident.messages.newChat.triageStopped') : errorMessage(t, refusal)}</Paragraph>
        </Alert>
      ) : null}
      <TriageStep
        form={flow.questionnaire}
        answers={flow.answers}
        onAnswers={flow.setAnswers}
        check={(answers: Answers) => checkChatTriage(unitId, errand, answers)}
        onResult={(result) => (result.result === 'pass' ? flow.next() : flow.stopped(result.advice))}
        intro={t('resident.messages.newChat.questionsIntro')}
        actions={
          <Button type="button" variant="tertiary" onClick={flow.back}>
            {t('resident.messages.newChat.back')}
          </Button>
        }
      />
    </div>
  );
}
