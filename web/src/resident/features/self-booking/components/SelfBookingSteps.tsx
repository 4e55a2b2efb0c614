import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SelfBookingOffer } from '../../../../shared/contracts.ts';
import { useFocusOnChange } from '../../../../shared/hooks/useFocusOnChange.ts';
import { checkTriage } from '../api/check-triage.ts';
import { answersToSend } from '../hooks/triage-form.ts';
import { useDropSlot } from '../hooks/useFreeSlots.ts';
import { useSelfBookingFlow } from '../hooks/useSelfBookingFlow.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { SlotPicker } from './SlotPicker.tsx';
import { TriageStep } from './TriageStep.tsx';
import { TriageStopAdvice } from './TriageStopAdvice.tsx';

/** Booking one appointment type: the triage questions (if any), a time, then a confirmation. */
export function SelfBookingSteps({ offer }: { offer: SelfBookingOffer }) {
  const { t } = useTranslation();
  const hasQuestions = offer.triage.length > 0;
  const flow = useSelfBookingFlow(hasQuestions);
  const dropSlot = useDropSlot(offer.appointmentType.id);
  const heading = useFocusOnChange<HTMLHeadingElement>(flow.step);

  const steps = hasQuestions ? (['questions', 'time', 'confirm'] as const) : (['time', 'confirm'] as const);
  const current = flow.step === 'stopped' ? 'questions' : flow.step;
  const number = (steps as readonly string[]).indexOf(current) + 1;
  const title = flow.step === 'stopped' ? t('resident.selfBooking.stopHeading') : t(`resident.selfBooking.steps.${current}`);

  return (
    <section className="vk-stack" aria-labelledby="self-booking-step">
      <p className="vk-muted vk-step-count">{t('resident.selfBooking.stepOf', { step: number, total: steps.length })}</p>
      <Heading level={2} data-size="sm" id="self-booking-step" ref={heading} tabIndex={-1} className="vk-step-heading">
        {title}
      </Heading>

      {flow.step === 'questions' ? (
        <TriageStep
          form={offer.triage}
          answers={flow.answers}
          onAnswers={flow.setAnswers}
          check={(answers) => checkTriage(offer.appointmentType.id, answers)}
          onResult={(result) => (result.result === 'pass' ? flow.passed() : flow.stopped(result.advice))}
          intro={t('resident.selfBooking.questionsIntro')}
        />
      ) : null}

      {flow.step === 'stopped' ? <TriageStopAdvice advice={flow.advice} unit={offer.unit} onChangeAnswers={flow.backToQuestions} /> : null}

      {flow.step === 'time' ? (
        <SlotPicker
          typeId={offer.appointmentType.id}
          onChoose={flow.chooseTime}
          notice={
            flow.slotTaken ? (
              <Alert data-color="warning">
                <Paragraph>{t('resident.selfBooking.times.taken')}</Paragraph>
              </Alert>
            ) : null
          }
          actions={
            hasQuestions ? (
              <Button variant="tertiary" onClick={flow.backToQuestions}>
                {t('resident.selfBooking.back')}
              </Button>
            ) : null
          }
        />
      ) : null}

      {flow.step === 'confirm' && flow.attempt ? (
        <ConfirmStep
          offer={offer}
          attempt={flow.attempt}
          answers={answersToSend(offer.triage, flow.answers)}
          onTaken={() => {
            if (flow.attempt) dropSlot(flow.attempt.slot.id);
            flow.timeWasTaken();
          }}
          onBack={flow.backToTimes}
        />
      ) : null}
    </section>
  );
}
