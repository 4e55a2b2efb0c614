import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ChatStartOption } from '../hooks/new-chat-steps.ts';
import type { NewChatFlow } from '../hooks/useNewChatFlow.ts';
import { ChoiceStep } from './ChoiceStep.tsx';
import { OpeningHours } from './OpeningHours.tsx';

/** R-MS-5: chat now (staff present, a queue, only in opening hours) or a message answered later; the difference said plainly. */
export function ModeStep({ flow, unit }: { flow: NewChatFlow; unit: ChatStartOption }) {
  const { t } = useTranslation();
  return (
    <ChoiceStep
      flow={flow}
      step="mode"
      name="new-chat-mode"
      legend={t('resident.messages.newChat.mode.legend')}
      choices={[
        {
          value: 'live',
          label: t('resident.messages.newChat.mode.live'),
          // A disabled option's own text is greyed out past reading; why it is closed is said below instead.
          description: unit.liveOpenNow ? t('resident.messages.newChat.mode.liveHint') : undefined,
          disabled: !unit.liveOpenNow,
        },
        { value: 'async', label: t('resident.messages.newChat.mode.async'), description: t('resident.messages.newChat.mode.asyncHint') },
      ]}
      chosen={flow.mode}
      onChoose={flow.chooseMode}
      missingMessage={t('resident.messages.newChat.mode.missing')}
      after={
        <>
          {unit.liveOpenNow ? null : <Paragraph>{t('resident.messages.newChat.mode.liveClosed')}</Paragraph>}
          <OpeningHours hours={unit.openingHours} />
        </>
      }
      onBack={flow.back}
    />
  );
}
