const HOUR = 3_600_000;

/** Reminders go out from 24 hours before the visit, and not in its last 2 hours, when they no longer help. */
export const REMIND_FROM_HOURS = 24;
export const REMIND_UNTIL_HOURS = 2;

export function reminderWindow(now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() + REMIND_UNTIL_HOURS * HOUR), to: new Date(now.getTime() + REMIND_FROM_HOURS * HOUR) };
}

/** A Swedish mobile number (07x…) in E.164 (+467x…), or null when it is not one. */
export function swedishMobileE164(number: string | null): string | null {
  if (!number) return null;
  const digits = number.replace(/[\s-]/g, '');
  const national = digits.startsWith('+46') ? `0${digits.slice(3)}` : digits.startsWith('0046') ? `0${digits.slice(4)}` : digits;
  return /^07\d{8}$/.test(national) ? `+46${national.slice(1)}` : null;
}

const when = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * The reminder text: when, and where to read more. No unit, appointment type or other medical
 * content, since an SMS can be read by anyone holding the phone.
 */
export function reminderText(startsAt: Date): string {
  return `Påminnelse från Vårdkontakten: du har en bokad tid ${when.format(startsAt)}. Logga in i Vårdkontakten för att se var och hur du förbereder dig.`;
}
