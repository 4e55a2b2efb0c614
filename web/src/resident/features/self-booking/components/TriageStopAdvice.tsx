import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { TriageCheckResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';
import { useUnitContact } from '../hooks/useUnitContact.ts';

interface Props {
  advice: Extract<TriageCheckResponse, { result: 'stop' }>['advice'];
  unit: { id: string; name: string };
  onChangeAnswers: () => void;
}

/** An answer that stops the booking: the advice and the unit's phone, and no way on (only back to the answers). */
export function TriageStopAdvice({ advice, unit, onChangeAnswers }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const contact = useUnitContact(unit.id);

  return (
    <div className="vk-stack">
      <Alert data-color="warning">
        <div className="vk-stack vk-stack--sm">
          <Paragraph className="vk-advice">{advice ? localized(advice, language) : t('resident.selfBooking.stopFallback')}</Paragraph>
          {contact ? (
            <Paragraph>
              {t('resident.selfBooking.stopCall', { unit: unit.name })} <Link href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</Link>
            </Paragraph>
          ) : null}
        </div>
      </Alert>
      <div className="vk-actions">
        <Button variant="secondary" onClick={onChangeAnswers}>
          {t('resident.selfBooking.changeAnswers')}
        </Button>
      </div>
    </div>
  );
}
