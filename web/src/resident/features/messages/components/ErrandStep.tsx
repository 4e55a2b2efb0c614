import { useTranslation } from 'react-i18next';
import type { ChatStartOption } from '../hooks/new-chat-steps.ts';
import type { NewChatFlow } from '../hooks/useNewChatFlow.ts';
import { ChoiceStep } from './ChoiceStep.tsx';

/** What it is about (R-MS-4): the errands this unit takes, each said in plain words. */
export function ErrandStep({ flow, unit }: { flow: NewChatFlow; unit: ChatStartOption }) {
  const { t } = useTranslation();
  return (
    <ChoiceStep
      flow={flow}
      step="errand"
      name="new-chat-errand"
      legend={t('resident.messages.newChat.errandLegend')}
      choices={unit.errands.map(({ errand }) => ({
        value: errand,
        label: t(`resident.messages.errand.${errand}`),
        description: t(`resident.messages.errandHint.${errand}`),
      }))}
      chosen={flow.errand}
      onChoose={flow.chooseErrand}
      missingMessage={t('resident.messages.newChat.errandMissing')}
      onBack={flow.back}
    />
  );
}
