import { Alert, Fieldset, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import type { ChatStartOption } from '../hooks/new-chat-steps.ts';
import type { NewChatFlow } from '../hooks/useNewChatFlow.ts';
import { StepActions } from './StepActions.tsx';

interface Props {
  flow: NewChatFlow;
  units: ChatStartOption[];
  listingUnitName: string | null;
}

const FIRST_ID = 'new-chat-unit';

/** Where to write: only units the person may contact are offered (R-MS-10 says why others are not). */
export function UnitStep({ flow, units, listingUnitName }: Props) {
  const { t } = useTranslation();
  const [showMissing, setShowMissing] = useState(false);
  const refusal = flow.refusal?.step === 'unit' ? errorMessage(t, flow.refusal.error) : null;
  const error = refusal ?? (showMissing && !flow.unit ? t('resident.messages.newChat.unitMissing') : null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!flow.unit) {
      setShowMissing(true);
      document.getElementById(FIRST_ID)?.focus();
      return;
    }
    flow.next();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="vk-stack vk-stack--lg">
      {listingUnitName ? (
        <Alert data-color="info">
          <Paragraph>{t('resident.messages.newChat.listingNote', { unit: listingUnitName })}</Paragraph>
        </Alert>
      ) : null}
      <Fieldset>
        <Fieldset.Legend>{t('resident.messages.newChat.unitLegend')}</Fieldset.Legend>
        {units.map((unit, index) => (
          <Radio
            key={unit.unitId}
            id={index === 0 ? FIRST_ID : undefined}
            name="new-chat-unit"
            value={unit.unitId}
            label={unit.unitName}
            checked={flow.unit?.unitId === unit.unitId}
            onChange={() => flow.chooseUnit(unit.unitId)}
            aria-invalid={error ? true : undefined}
          />
        ))}
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Fieldset>
      <StepActions />
    </form>
  );
}
