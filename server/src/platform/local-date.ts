/**
 * Birthdays and end dates are calendar days in Sweden: a proxy that ends on the 13th birthday ends
 * at midnight Swedish time, not UTC.
 */
const stockholmDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Swedish calendar date (YYYY-MM-DD) at an instant. */
export function swedishDate(at: Date): string {
  return stockholmDay.format(at);
}

/** The instant a Swedish calendar day begins. */
export function startOfSwedishDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Midnight in Stockholm is 22:00 or 23:00 UTC the day before; try both and keep the one that is that day.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(y, m - 1, d, -offsetHours));
    if (swedishDate(candidate) === date && swedishDate(new Date(candidate.getTime() - 1)) !== date) return candidate;
  }
  throw new Error(`No start of day for ${date}`);
}
