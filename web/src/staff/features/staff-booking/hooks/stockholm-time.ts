/**
 * Staff type times as they read them on the clinic's clock. The API wants an instant with its UTC
 * offset, and Sweden's offset is +01:00 in winter and +02:00 in summer, so it is looked up for the
 * very date and time rather than assumed.
 */
const TIME_ZONE = 'Europe/Stockholm';

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes Stockholm is ahead of UTC at an instant. */
function offsetMinutesAt(instant: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  return (asUtc - instant) / 60_000;
}

/**
 * "2026-07-01" + "13:00" → "2026-07-01T13:00:00+02:00". A time in the hour skipped in spring gets the
 * summer offset (clocks show it an hour later); one in the hour repeated in autumn gets the first
 * (summer) occurrence.
 */
export function stockholmIso(date: string, time: string): string {
  const naive = Date.parse(`${date}T${time}:00Z`);
  // Try summer time first so the repeated autumn hour resolves to its first occurrence.
  const offset = [120, 60].find((minutes) => offsetMinutesAt(naive - minutes * 60_000) === minutes) ?? 120;
  return `${date}T${time}:00+0${offset / 60}:00`;
}
