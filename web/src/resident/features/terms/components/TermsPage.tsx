import { Button, Card, Checkbox, Fieldset, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { readPendingTerms } from '../hooks/pending-terms.ts';
import { useAcceptTerms, useDeclineTerms } from '../hooks/useTermsDecision.ts';

const sections = ['service', 'notifications', 'documents', 'data', 'withdraw', 'decline'] as const;

/** R-ID-2: the account is created only when the resident accepts the terms (both consents). */
export function TermsPage() {
  const { t } = useTranslation();
  const [pending] = useState(readPendingTerms);
  const [consentNotifications, setConsentNotifications] = useState(false);
  const [consentEDocuments, setConsentEDocuments] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const accept = useAcceptTerms();
  const decline = useDeclineTerms();

  if (!pending) return <Navigate to={residentPaths.home} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!consentNotifications || !consentEDocuments) return;
    accept.mutate(pending.termsVersion);
  };

  const busy = accept.isPending || decline.isPending;
  const error = accept.error ?? decline.error;

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack vk-stack--sm">
        <PageHeading title={t('resident.terms.title')}>{t('resident.terms.heading')}</PageHeading>
        <div>
          <Tag data-color="neutral">{t('resident.terms.version', { version: pending.termsVersion })}</Tag>
        </div>
      </div>

      <div className="vk-stack vk-stack--sm">
        <Paragraph data-size="lg">
          <strong>{t('resident.terms.greeting', { name: pending.givenName })}</strong>
        </Paragraph>
        <Paragraph>{t('resident.terms.intro')}</Paragraph>
      </div>

      <Card data-color="neutral" variant="tinted">
        <div className="vk-stack vk-terms-text">
          {sections.map((section) => (
            <section key={section} className="vk-stack vk-stack--sm" aria-labelledby={`terms-${section}`}>
              <Heading level={2} data-size="xs" id={`terms-${section}`}>
                {t(`resident.terms.sections.${section}Heading`)}
              </Heading>
              <Paragraph>{t(`resident.terms.sections.${section}`)}</Paragraph>
            </section>
          ))}
        </div>
      </Card>

      <form className="vk-stack" onSubmit={onSubmit} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('resident.terms.consentLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('resident.terms.consentDescription')}</Fieldset.Description>
          <Checkbox
            label={t('resident.terms.consentNotifications')}
            checked={consentNotifications}
            onChange={(event) => setConsentNotifications(event.target.checked)}
            required
            aria-required="true"
            error={attempted && !consentNotifications ? t('resident.terms.consentMissing') : undefined}
          />
          <Checkbox
            label={t('resident.terms.consentEDocuments')}
            checked={consentEDocuments}
            onChange={(event) => setConsentEDocuments(event.target.checked)}
            required
            aria-required="true"
            error={attempted && !consentEDocuments ? t('resident.terms.consentMissing') : undefined}
          />
        </Fieldset>

        {error ? <ErrorAlert error={error} /> : null}

        <div className="vk-actions">
          <Button type="submit" loading={accept.isPending} disabled={busy}>
            {accept.isPending ? t('resident.terms.accepting') : t('resident.terms.accept')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => decline.mutate()} loading={decline.isPending} disabled={busy}>
            {t('resident.terms.decline')}
          </Button>
        </div>
      </form>
    </div>
  );
}
