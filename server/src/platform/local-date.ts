/**
 * Birthdays and end dates are calendar days in Sweden: a proxy that ends on the 13th birthday ends
 * at midnight Swedish time, not UTC.
 */
const stockholmDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Swedish calendar date (YYYY-MM-DD) at an instant. */
export function swedishDate(at: Date): string {
  return stockholmDay.format(at);
}
