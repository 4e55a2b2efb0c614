import type { ResidentBooking } from '../../../../contracts/resident.ts';

const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** RFC 5545 text: backslash, semicolon and comma escaped, new lines as \n. */
const text = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded (RFC 5545 3.1). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char, 'utf8') > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** R-BK-1: a booking as an iCalendar event for the resident's own calendar, in Swedish. */
export function bookingCalendar(booking: ResidentBooking, stampedAt: Date): string {
  const where = booking.mode === 'visit' ? `${booking.unit.name}, ${booking.unit.streetAddress}, ${booking.unit.postalCode} ${booking.unit.city}` : booking.mode === 'video' ? 'Videomöte i Vårdkontakten' : 'Telefonsamtal: vården ringer dig';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vårdkontakten//Bokningar//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${booking.id}@vardkontakten`,
    `DTSTAMP:${stamp(stampedAt.toISOString())}`,
    `DTSTART:${stamp(new Date(booking.startsAt).toISOString())}`,
    `DTEND:${stamp(new Date(booking.endsAt).toISOString())}`,
    `SUMMARY:${text(`${booking.appointmentType.sv}, ${booking.unit.name}`)}`,
    `LOCATION:${text(where)}`,
    `DESCRIPTION:${text([booking.preparation?.sv, `Frågor om tiden: ring ${booking.unit.phone}.`].filter(Boolean).join('\n\n'))}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
