import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BankIdSignIn } from '../../../../shared/auth/components/BankIdSignIn.tsx';
import { sessionQueryKey, useSession } from '../../../../shared/auth/hooks/useSession.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime } from '../../../../shared/i18n/format.ts';
import { useRealtime } from '../../../../shared/realtime/useRealtime.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { MeetingFlow } from '../../../../shared/video/components/MeetingFlow.tsx';
import { getGuestMe, previewGuestLink, redeemGuestLink } from '../api/guest-link.ts';

const TOKEN_KEY = 'vardkontakten.guestToken';

/** The token is in the address's fragment (never sent to the server in a URL); kept for the return from the BankID app. */
function guestToken(): string | null {
  const fromHash = window.location.hash.slice(1);
  try {
    if (fromHash) window.sessionStorage.setItem(TOKEN_KEY, fromHash);
    return fromHash || window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return fromHash || null;
  }
}

/**
 * R-VM-3: a guest (an interpreter, a relative) comes by link: sees which unit and when, gives a
 * name or identifies with BankID when the unit requires it, tests camera and microphone, and waits
 * in the waiting room like everyone else.
 */
export function GuestMeetingPage() {
  const { t } = useTranslation();
  const session = useSession();
  const isGuest = session.data?.principal?.kind === 'guest';
  return (
    <div className="vk-stack vk-stack--lg">
      <PageHeading title={t('video.guest.heading')} />
      {session.isPending ? <Loading label={t('common.loading')} /> : isGuest ? <GuestInMeeting /> : <GuestArrival />}
    </div>
  );
}

function GuestInMeeting() {
  const { t } = useTranslation();
  const me = useQuery({ queryKey: ['guest', 'me'], queryFn: ({ signal }) => getGuestMe(signal) });
  const [ended, setEnded] = useState(false);
  const connection = useRealtime(!ended, { onSessionEnded: () => setEnded(true), onProxyEnded: () => undefined });
  if (ended) {
    return (
      <Alert data-color="info">
        <Paragraph>{t('video.ended.linkRevoked')}</Paragraph>
      </Alert>
    );
  }
  if (me.isPending) return <Loading label={t('common.loading')} />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  return <MeetingFlow connection={connection} meetingId={me.data.meetingId} enterLabel={t('video.waiting.enter')} waitingText={t('video.waiting.guestText')} after={null} />;
}

function GuestArrival() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [token] = useState(guestToken);
  const [name, setName] = useState('');
  const [identified, setIdentified] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const preview = useQuery({ queryKey: ['guest-link', token], queryFn: () => previewGuestLink(token!), enabled: Boolean(token), retry: false });
  if (!token) {
    return (
      <Alert data-color="warning">
        <Paragraph>{t('video.guest.missingLink')}</Paragraph>
      </Alert>
    );
  }
  if (preview.isPending) return <Loading label={t('common.loading')} />;
  if (preview.isError) return <ErrorAlert error={preview.error} />;
  const link = preview.data;
  const redeem = async (as: string) => {
    setError(null);
    try {
      await redeemGuestLink(token, as);
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="vk-stack">
      <Paragraph>{t('video.guest.intro', { unit: link.unitName, time: formatDateTime(link.startsAt, language) })}</Paragraph>
      {link.status !== 'valid' ? (
        <Alert data-color="warning">
          <Paragraph>{t(`video.guest.status.${link.status}`, { time: formatDateTime(link.validFrom, language) })}</Paragraph>
        </Alert>
      ) : link.eidRequired && !identified ? (
        <>
          <Paragraph>{t('video.guest.eidRequired')}</Paragraph>
          <BankIdSignIn audience="guest" resume={params.get('signin') === 'resume'} onSignedIn={() => setIdentified('BankID')} />
        </>
      ) : (
        <form
          className="vk-stack"
          onSubmit={(e) => {
            e.preventDefault();
            void redeem(identified ? 'BankID-legitimerad' : name);
          }}
        >
          {identified ? null : <Textfield label={t('video.guest.name')} description={t('video.guest.nameHint')} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required maxLength={80} />}
          {error ? <ErrorAlert error={error} /> : null}
          <div>
            <Button type="submit">{t('video.guest.continue')}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
