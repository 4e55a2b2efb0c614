import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SignInNotice as Notice } from '../../../../shared/auth/sign-in-notice.ts';

/** Why the person is on the start page: signed out, session expired, terms declined. */
export function SignInNotice({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const text = {
    signedOut: t('resident.notices.signedOut'),
    signedOutEverywhere: t('resident.notices.signedOutEverywhere'),
    termsDeclined: t('resident.notices.termsDeclined'),
    sessionExpired: t('errors.session_expired'),
    unauthenticated: t('errors.unauthenticated'),
    accountBlocked: t('resident.notices.accountBlocked'),
  }[notice];
  const color = notice === 'accountBlocked' ? 'danger' : notice === 'sessionExpired' || notice === 'unauthenticated' ? 'warning' : notice === 'termsDeclined' ? 'info' : 'success';
  return (
    <Alert data-color={color} role={notice === 'accountBlocked' ? 'alert' : 'status'}>
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}
