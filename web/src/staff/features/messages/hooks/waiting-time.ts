import type { TFunction } from 'i18next';

interface Elapsed {
  days: number;
  hours: number;
  minutes: number;
}

/** Whole days, hours and minutes from `sinceIso` to `now`; a time in the future counts as none. */
function elapsed(sinceIso: string, now: number): Elapsed {
  const totalMinutes = Math.max(0, Math.floor((now - Date.parse(sinceIso)) / 60_000));
  return { days: Math.floor(totalMinutes / 1440), hours: Math.floor((totalMinutes % 1440) / 60), minutes: totalMinutes % 60 };
}

/** "2 h 10 min", "3 d 4 h", "5 min": precise where it matters, short where it does not. */
export function durationText(t: TFunction, sinceIso: string, now: number): string {
  const { days, hours, minutes } = elapsed(sinceIso, now);
  if (days > 0) return t('staff.messages.duration.days', { days, hours });
  if (hours > 0) return t('staff.messages.duration.hours', { hours, minutes });
  return t('staff.messages.duration.minutes', { minutes });
}
