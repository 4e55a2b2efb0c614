import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BankIdSignIn } from '../../../../shared/auth/components/BankIdSignIn.tsx';
import { useSignInResume } from '../../../../shared/auth/hooks/useSignInResume.ts';
import { sessionQueryKey } from '../../../../shared/auth/hooks/useSession.ts';
import { useSignInNotice } from '../../../../shared/auth/sign-in-notice.ts';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { staffMeQueryKey } from '../../units/hooks/useStaffMe.ts';

/** Staff sign in with an e-ID that carries an HSA-ID (R-ID-1). */
export function SignInPage({ residentSignedIn }: { residentSignedIn: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const resume = useSignInResume();
  // A new attempt makes an earlier notice ("you declined", "signed out") stale: onStart clears it.
  const [notice, clearNotice] = useSignInNotice();

  const onSignedIn = () => {
    queryClient.removeQueries({ queryKey: staffMeQueryKey });
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  };

  const noticeText =
    notice === 'signedOut'
      ? t('staff.notices.signedOut')
      : notice === 'signedOutEverywhere'
        ? t('staff.notices.signedOutEverywhere')
        : notice === 'sessionExpired'
          ? t('errors.session_expired')
          : notice === 'unauthenticated'
            ? t('errors.unauthenticated')
            : null;

  return (
    <div className="vk-stack vk-stack--lg vk-narrow">
      <div className="vk-stack">
        <PageHeading title={t('staff.signIn.title')} app="portal">
          {t('staff.signIn.heading')}
        </PageHeading>
        <Paragraph className="vk-lead">{t('staff.signIn.lead')}</Paragraph>
      </div>
      {noticeText ? (
        <Alert data-color={notice === 'sessionExpired' || notice === 'unauthenticated' ? 'warning' : 'success'} role="status">
          <Paragraph>{noticeText}</Paragraph>
        </Alert>
      ) : null}
      {residentSignedIn && !noticeText ? (
        <Alert data-color="info">
          <Paragraph>{t('staff.notices.residentSession')}</Paragraph>
        </Alert>
      ) : null}
      <BankIdSignIn audience="staff" resume={resume} onSignedIn={onSignedIn} onStart={clearNotice} />
      <Paragraph>
        <Link href="/">{t('staff.signIn.residentLink')}</Link>
      </Paragraph>
    </div>
  );
}
