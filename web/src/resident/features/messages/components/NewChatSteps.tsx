import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFocusOnChange } from '../../../../shared/hooks/useFocusOnChange.ts';
import { TriageStopAdvice } from '../../self-booking/components/TriageStopAdvice.tsx';
import type { ChatStartOption } from '../hooks/new-chat-steps.ts';
import { useNewChatFlow } from '../hooks/useNewChatFlow.ts';
import { BookingStep } from './BookingStep.tsx';
import { ChatQuestionsStep } from './ChatQuestionsStep.tsx';
import { ErrandStep } from './ErrandStep.tsx';
import { FirstMessageStep } from './FirstMessageStep.tsx';
import { ModeStep } from './ModeStep.tsx';
import { StepProgress } from './StepProgress.tsx';
import { UnitStep } from './UnitStep.tsx';

interface Props {
  units: ChatStartOption[];
  listingUnitName: string | null;
}

/** The steps of writing to care, one at a time; each new step's heading takes focus. */
export function NewChatSteps({ units, listingUnitName }: Props) {
  const { t } = useTranslation();
  const flow = useNewChatFlow(units);
  const heading = useFocusOnChange<HTMLHeadingElement>(flow.step);
  const { unit, errand } = flow;
  const title = flow.step === 'stopped' ? t('resident.messages.newChat.stopHeading') : t(`resident.messages.newChat.steps.${flow.step}`);
  const stopFallback = t('resident.messages.newChat.stopFallback');

  return (
    <section className="vk-stack" aria-labelledby="new-chat-step">
      <StepProgress step={flow.number} total={flow.steps.length} />
      <Heading level={2} data-size="sm" id="new-chat-step" ref={heading} tabIndex={-1} className="vk-step-heading">
        {title}
      </Heading>

      {flow.step === 'unit' ? <UnitStep flow={flow} units={units} listingUnitName={listingUnitName} /> : null}
      {flow.step === 'errand' && unit ? <ErrandStep flow={flow} unit={unit} /> : null}
      {flow.step === 'questions' && unit && errand ? <ChatQuestionsStep flow={flow} unitId={unit.unitId} errand={errand} /> : null}
      {flow.step === 'stopped' && unit ? (
        <TriageStopAdvice
          advice={flow.advice ?? { sv: stopFallback, en: stopFallback }}
          unit={{ id: unit.unitId, name: unit.unitName }}
          onChangeAnswers={flow.backToQuestions}
        />
      ) : null}
      {flow.step === 'booking' && unit ? <BookingStep flow={flow} unit={unit} /> : null}
      {flow.step === 'mode' && unit ? <ModeStep flow={flow} unit={unit} /> : null}
      {flow.step === 'message' && unit && errand ? <FirstMessageStep flow={flow} unit={unit} errand={errand} /> : null}
    </section>
  );
}
