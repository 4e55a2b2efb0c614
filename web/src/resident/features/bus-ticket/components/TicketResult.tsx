import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { VerifyTicketResponse } from '../../../../shared/contracts.ts';
import { useFocusOnChange } from '../../../../shared/hooks/useFocusOnChange.ts';
import { useValidityText } from '../hooks/useValidityText.ts';

const colour = { valid: 'success', not_yet_valid: 'warning', expired: 'danger', invalid: 'danger' } as const;

/** The answer, big enough to read at arm's length: Giltig / Inte giltig än / Har gått ut / Ogiltig, with the window. */
export function TicketResult({ result, checkNumber }: { result: VerifyTicketResponse; checkNumber: number }) {
  const { t } = useTranslation();
  const validity = useValidityText();
  // Each check moves focus here, so the result is read out even when it is the same as the last one.
  const heading = useFocusOnChange<HTMLHeadingElement>(checkNumber);

  return (
    <Alert data-color={colour[result.status]}>
      <div className="vk-stack vk-stack--sm">
        <Paragraph data-size="sm" className="vk-ticket-result__label">
          {t('resident.ticketCheck.resultLabel')}
        </Paragraph>
        <Heading level={2} ref={heading} tabIndex={-1} className="vk-ticket-result__status vk-step-heading">
          {t(`resident.ticketCheck.result.${result.status}`)}
        </Heading>
        <Paragraph>{t(`resident.ticketCheck.resultHint.${result.status}`)}</Paragraph>
        {result.validFrom && result.validUntil ? <Paragraph className="vk-ticket-result__window">{validity(result.validFrom, result.validUntil)}</Paragraph> : null}
      </div>
    </Alert>
  );
}
