import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import type { ChatStartOption } from '../hooks/new-chat-steps.ts';
import type { NewChatFlow } from '../hooks/useNewChatFlow.ts';
import { OpeningHours } from './OpeningHours.tsx';
import { StepActions } from './StepActions.tsx';

const FIRST_ID = 'new-chat-mode';

/** R-MS-5: chat now (staff present, a queue, only in opening hours) or a message answered later; the difference said plainly. */
export function ModeStep({ flow, unit }: { flow: NewChatFlow; unit: ChatStartOption }) {
  const { t } = useTranslation();
  const [showMissing, setShowMissing] = useState(false);
  const refusal = flow.refusal?.step === 'mode' ? errorMessage(t, flow.refusal.error) : null;
  const error = refusal ?? (showMissing && !flow.mode ? t('resident.messages.newChat.mode.missing') : null);
  const invalid = error ? true : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!flow.mode) {
      setShowMissing(true);
      document.getElementById(FIRST_ID)?.focus();
      return;
    }
    flow.next();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="vk-stack vk-stack--lg">
      <Fieldset>
        <Fieldset.Legend>{t('resident.messages.newChat.mode.legend')}</Fieldset.Legend>
        <Radio
          id={FIRST_ID}
          name="new-chat-mode"
          value="live"
          label={t('resident.messages.newChat.mode.live')}
          description={unit.liveOpenNow ? t('resident.messages.newChat.mode.liveHint') : t('resident.messages.newChat.mode.liveClosed')}
          checked={flow.mode === 'live'}
          disabled={!unit.liveOpenNow}
          onChange={() => flow.chooseMode('live')}
          aria-invalid={invalid}
        />
        <Radio
          name="new-chat-mode"
          value="async"
          label={t('resident.messages.newChat.mode.async')}
          description={t('resident.messages.newChat.mode.asyncHint')}
          checked={flow.mode === 'async'}
          onChange={() => flow.chooseMode('async')}
          aria-invalid={invalid}
        />
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Fieldset>
      <OpeningHours hours={unit.openingHours} />
      <StepActions onBack={flow.back} />
    </form>
  );
}
