import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { clearToSignedOut } from '../../../../shared/auth/hooks/useSession.ts';
import { forgetUnsentMessages } from '../../../../shared/chat/useConversationStream.ts';
import { Link as RouterLink, useLocation } from 'react-router';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import type { UnregisteredState } from '../hooks/useUnregister.ts';

/** After unregistering (R-ID-6): signed out, and told plainly what happened and what it means. */
export function UnregisteredPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const state = location.state as UnregisteredState | null;
  const blocked = state?.blocked === true;
  const cameFromUnregistering = state !== null;
  const queryClient = useQueryClient();

  // The session has ended on the server: forget everything cached about the person.
  useEffect(() => {
    if (cameFromUnregistering) {
      forgetUnsentMessages();
      clearToSignedOut(queryClient);
    }
  }, [cameFromUnregistering, queryClient]);

  return (
    <div className="vk-stack vk-stack--lg">
      <PageHeading title={blocked ? t('resident.unregistered.titleBlocked') : t('resident.unregistered.title')} />
      <Alert data-color="success" role="status">
        <Paragraph>{t('resident.unregistered.signedOut')}</Paragraph>
      </Alert>
      <Paragraph>{t('resident.unregistered.accountRemoved')}</Paragraph>
      {blocked ? <Paragraph>{t('resident.unregistered.blocked')}</Paragraph> : <Paragraph>{t('resident.unregistered.again')}</Paragraph>}
      <Paragraph>{t('resident.unregistered.records')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={residentPaths.home}>{t('common.notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
