import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A socket that is down for less than this is not worth a word (a page load, a short dip). */
const CALM_MS = 2_000;

/** Whether messages arrive live: "Ansluten", or calmly that it reconnects and that sending still works. */
export function ConnectionState({ live }: { live: boolean }) {
  const { t } = useTranslation();
  const [away, setAway] = useState(false);

  useEffect(() => {
    if (live) {
      setAway(false);
      return;
    }
    const timer = setTimeout(() => setAway(true), CALM_MS);
    return () => clearTimeout(timer);
  }, [live]);

  const state = live ? 'live' : away ? 'away' : 'unknown';
  return (
    <p className={`vk-connection vk-connection--${state}`} role="status">
      {state === 'unknown' ? null : (
        <>
          <span className="vk-connection__dot" aria-hidden="true" />
          {live ? t('resident.messages.conversation.connected') : t('resident.messages.conversation.reconnecting')}
        </>
      )}
    </p>
  );
}
