import { Alert, Button, Card, Heading, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissPushOffer, pushOfferDismissed } from '../hooks/push-offer-dismissal.ts';
import { usePushNotifications } from '../hooks/usePushNotifications.ts';

/** Shown on the chat page after the resident's first message: asks once whether to notify replies. */
export function PushOffer() {
  const { t } = useTranslation();
  const push = usePushNotifications();
  const [dismissed, setDismissed] = useState(pushOfferDismissed);
  // Once answered, the card stays to tell how it went, even though the offer itself no longer applies.
  const [answered, setAnswered] = useState(false);

  if (dismissed) return null;
  if (!answered && !(push.supported && push.permission === 'default' && !push.subscribed)) return null;

  if (push.subscribed) {
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{t('resident.push.offer.enabled')}</Paragraph>
      </Alert>
    );
  }
  if (push.permission === 'denied') {
    return (
      <Alert data-color="info" role="status">
        <Paragraph>{t('resident.push.blocked')}</Paragraph>
      </Alert>
    );
  }

  const accept = () => {
    setAnswered(true);
    void push.enable();
  };
  const decline = () => {
    dismissPushOffer();
    setDismissed(true);
  };

  return (
    <Card data-color="accent">
      <div className="vk-stack vk-stack--sm">
        <Heading level={2} data-size="xs">
          {t('resident.push.offer.question')}
        </Heading>
        <Paragraph>{t('resident.push.offer.privacy')}</Paragraph>
        {push.error ? <ValidationMessage>{t(`resident.push.errors.${push.error}`)}</ValidationMessage> : null}
        <div className="vk-actions">
          <Button onClick={accept} loading={push.busy} disabled={push.busy}>
            {t('resident.push.offer.accept')}
          </Button>
          <Button variant="secondary" onClick={decline} disabled={push.busy}>
            {t('resident.push.offer.decline')}
          </Button>
        </div>
      </div>
    </Card>
  );
}
