export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export type SessionVerdict = 'valid' | 'idle_timeout' | 'absolute_timeout';

/** A session ends after `idleMinutes` without a request, and at its absolute lifetime whatever the activity. */
export function sessionVerdict(s: SessionTimes, now: Date, idleMinutes: number): SessionVerdict {
  if (now.getTime() >= s.expiresAt.getTime()) return 'absolute_timeout';
  if (now.getTime() - s.lastSeenAt.getTime() >= idleMinutes * 60_000) return 'idle_timeout';
  return 'valid';
}

/** Writing last-seen on every request would turn every read into a write; a minute's precision is enough. */
export const TOUCH_AFTER_MS = 60_000;
