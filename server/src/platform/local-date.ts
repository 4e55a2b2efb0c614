/**
 * Birthdays and end dates are calendar days in Sweden: a proxy that ends on the 13th birthday ends
 * at midnight Swedish time, not UTC.
 */
const stockholmDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Swedish calendar date (YYYY-MM-DD) at an instant. */
export function swedishDate(at: Date): string {
  return stockholmDay.format(at);
}

const stockholmMinute = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * The instant of a wall-clock time in Sweden (date YYYY-MM-DD, time HH:mm). A time that does not
 * exist (the hour skipped in spring) is taken an hour later, as clocks show it.
 */
export function fromSwedishLocal(date: string, time: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(naive - offsetHours * 3_600_000);
    if (stockholmMinute.format(candidate) === `${date} ${time}`) return candidate;
  }
  return new Date(naive - 3_600_000);
}
