import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import type { ChatStartOption } from '../hooks/new-chat-steps.ts';
import type { NewChatFlow } from '../hooks/useNewChatFlow.ts';
import { StepActions } from './StepActions.tsx';

const FIRST_ID = 'new-chat-errand';

/** What it is about (R-MS-4): the errands this unit takes, each said in plain words. */
export function ErrandStep({ flow, unit }: { flow: NewChatFlow; unit: ChatStartOption }) {
  const { t } = useTranslation();
  const [showMissing, setShowMissing] = useState(false);
  const refusal = flow.refusal?.step === 'errand' ? errorMessage(t, flow.refusal.error) : null;
  const error = refusal ?? (showMissing && !flow.errand ? t('resident.messages.newChat.errandMissing') : null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!flow.errand) {
      setShowMissing(true);
      document.getElementById(FIRST_ID)?.focus();
      return;
    }
    flow.next();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="vk-stack vk-stack--lg">
      <Fieldset>
        <Fieldset.Legend>{t('resident.messages.newChat.errandLegend')}</Fieldset.Legend>
        {unit.errands.map(({ errand }, index) => (
          <Radio
            key={errand}
            id={index === 0 ? FIRST_ID : undefined}
            name="new-chat-errand"
            value={errand}
            label={t(`resident.messages.errand.${errand}`)}
            description={t(`resident.messages.errandHint.${errand}`)}
            checked={flow.errand === errand}
            onChange={() => flow.chooseErrand(errand)}
            aria-invalid={error ? true : undefined}
          />
        ))}
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Fieldset>
      <StepActions onBack={flow.back} />
    </form>
  );
}
