import { Alert, Card, Heading, ListItem, ListUnordered, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BankIdSignIn } from '../../../../shared/auth/components/BankIdSignIn.tsx';
import type { NeedsTerms } from '../../../../shared/auth/hooks/useBankIdSignIn.ts';
import { useSignInResume } from '../../../../shared/auth/hooks/useSignInResume.ts';
import { sessionQueryKey } from '../../../../shared/auth/hooks/useSession.ts';
import { useSignInNotice } from '../../../../shared/auth/sign-in-notice.ts';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { savePendingTerms } from '../../terms/hooks/pending-terms.ts';
import { SignInNotice } from './SignInNotice.tsx';

/** The signed-out start page: what the service is, and BankID sign-in (R-ID-1). */
export function StartPage({ staffSignedIn }: { staffSignedIn: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const resume = useSignInResume();
  // A new attempt makes an earlier notice ("you declined", "signed out") stale: onStart clears it.
  const [notice, clearNotice] = useSignInNotice();

  const onSignedIn = () => {
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  };
  const onNeedsTerms = (terms: NeedsTerms) => {
    savePendingTerms(terms);
    void navigate(residentPaths.terms);
  };

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('resident.start.title')}>{t('resident.start.heading')}</PageHeading>
        <Paragraph className="vk-lead">{t('resident.start.lead')}</Paragraph>
      </div>

      {notice ? <SignInNotice notice={notice} /> : null}
      {staffSignedIn && !notice ? (
        <Alert data-color="info">
          <Paragraph>{t('resident.notices.staffSession')}</Paragraph>
        </Alert>
      ) : null}

      <BankIdSignIn audience="resident" resume={resume} onSignedIn={onSignedIn} onStart={clearNotice} onNeedsTerms={onNeedsTerms} />

      <section className="vk-section" aria-labelledby="features-heading">
        <Heading level={2} data-size="xs" id="features-heading">
          {t('resident.start.featuresHeading')}
        </Heading>
        <ListUnordered>
          <ListItem>{t('resident.start.featureBookings')}</ListItem>
          <ListItem>{t('resident.start.featureDocuments')}</ListItem>
          <ListItem>{t('resident.start.featureAccessLog')}</ListItem>
        </ListUnordered>
      </section>

      <div className="vk-shortcuts">
        <Card data-color="neutral" variant="tinted">
          <Heading level={2} data-size="2xs">
            {t('resident.start.noBankIdHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('resident.start.noBankId')}</Paragraph>
        </Card>
        <Card data-color="neutral" variant="tinted">
          <Heading level={2} data-size="2xs">
            {t('resident.start.urgentHeading')}
          </Heading>
          <Paragraph data-size="sm">{t('resident.start.urgent')}</Paragraph>
        </Card>
      </div>
    </div>
  );
}
