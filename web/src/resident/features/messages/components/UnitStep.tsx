import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ChatStartOption } from '../hooks/new-chat-steps.ts';
import type { NewChatFlow } from '../hooks/useNewChatFlow.ts';
import { ChoiceStep } from './ChoiceStep.tsx';

interface Props {
  flow: NewChatFlow;
  units: ChatStartOption[];
  listingUnitName: string | null;
}

/** Where to write: only units the person may contact are offered (R-MS-10 says why others are not). */
export function UnitStep({ flow, units, listingUnitName }: Props) {
  const { t } = useTranslation();
  return (
    <ChoiceStep
      flow={flow}
      step="unit"
      name="new-chat-unit"
      legend={t('resident.messages.newChat.unitLegend')}
      choices={units.map((unit) => ({ value: unit.unitId, label: unit.unitName }))}
      chosen={flow.unit?.unitId ?? null}
      onChoose={flow.chooseUnit}
      missingMessage={t('resident.messages.newChat.unitMissing')}
      before={
        listingUnitName ? (
          <Alert data-color="info">
            <Paragraph>{t('resident.messages.newChat.listingNote', { unit: listingUnitName })}</Paragraph>
          </Alert>
        ) : null
      }
    />
  );
}
