import { useEffect } from 'react';

/** Reports the conversation read while it is on screen: when it opens, when messages arrive, and when the tab is shown again. */
export function useMarkReadWhenSeen(markRead: () => void, lastSeq: number): void {
  useEffect(() => {
    const mark = () => {
      if (document.visibilityState === 'visible') markRead();
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [markRead, lastSeq]);
}
