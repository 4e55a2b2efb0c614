import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorReference } from '../api/error-message.ts';

interface ErrorAlertProps {
  error: unknown;
  heading?: string;
  onRetry?: () => void;
}

export function ErrorAlert({ error, heading, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const reference = errorReference(error);
  return (
    <Alert data-color="danger" role="alert">
      <div className="vk-stack vk-stack--sm">
        <Heading level={2} data-size="xs">
          {heading ?? t('errors.title')}
        </Heading>
        <Paragraph>{errorMessage(t, error)}</Paragraph>
        {reference ? <Paragraph data-size="sm">{t('errors.reference', { requestId: reference })}</Paragraph> : null}
        {onRetry ? (
          <div>
            <Button variant="secondary" data-size="sm" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </div>
        ) : null}
      </div>
    </Alert>
  );
}
