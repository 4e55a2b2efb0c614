import type { InboxView, OpeningHour, TriageItem } from '../../../../contracts/messaging.ts';
import type { Answers, Questionnaire } from '../../../../contracts/questionnaire.ts';
import { isShown } from '../bookings/triage.rules.ts';

const stockholmWeekdayTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** R-MS-5: live chat is open within the unit's opening hours, in Swedish time. */
export function isLiveChatOpen(hours: readonly OpeningHour[], now: Date): boolean {
  const parts = Object.fromEntries(stockholmWeekdayTime.formatToParts(now).map((p) => [p.type, p.value]));
  const weekday = weekdays.indexOf(parts.weekday ?? '') + 1;
  const time = `${parts.hour}:${parts.minute}`;
  return hours.some((h) => h.weekday === weekday && h.opens <= time && time < h.closes);
}

/**
 * The resident's answers as a structured block that opens the conversation (R-MS-4): the shown
 * questions in order, each with the question as it was asked and the answer in words.
 */
export function triageBlock(form: Questionnaire, given: Answers): TriageItem[] {
  const items: TriageItem[] = [];
  for (const q of form) {
    if (!isShown(q, given)) continue;
    const answer = given[q.id];
    if (answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0)) continue;
    switch (q.kind) {
      case 'free_text':
        items.push({ question: q.text, answer: String(answer) });
        break;
      case 'yes_no':
        items.push({ question: q.text, answer: [answer === 'yes' ? { sv: 'Ja', en: 'Yes' } : { sv: 'Nej', en: 'No' }] });
        break;
      default: {
        const chosen = Array.isArray(answer) ? answer : [answer];
        items.push({ question: q.text, answer: q.options.filter((o) => chosen.includes(o.id)).map((o) => o.text) });
      }
    }
  }
  return items;
}

export interface InboxRow {
  closed: boolean;
  holderStaffId: string | null;
  handedOver: boolean;
  awaiting: 'care' | 'resident';
}

/**
 * R-MS-12: which inbox view a conversation belongs to, for a given staff member. A conversation
 * can be in several ("mine" and "waiting for resident"); "new" means nobody holds it and it has
 * not been handed over.
 */
export function inInboxView(view: InboxView, row: InboxRow, staffId: string): boolean {
  if (view === 'closed') return row.closed;
  if (row.closed) return false;
  switch (view) {
    case 'all_open':
      return true;
    case 'new':
      return row.holderStaffId === null && !row.handedOver;
    case 'mine':
      return row.holderStaffId === staffId;
    case 'waiting_for_resident':
      return row.awaiting === 'resident';
    case 'handed_over':
      return row.handedOver;
  }
}

/**
 * A rough wait for a live chat in the queue: the place times the median minutes it recently took
 * staff to take a live chat (five minutes when there is no history yet), rounded up.
 */
export function expectedWaitMinutes(position: number, recentWaitsMinutes: readonly number[]): number {
  const sorted = [...recentWaitsMinutes].sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 5;
  return Math.ceil(position * Math.max(1, median));
}

/** R-MS-9: a closed chat asks for an evaluation for two weeks, once. */
export const EVALUATION_DAYS = 14;
export function evaluationOpen(closedAt: Date | null, answered: boolean, now: Date): boolean {
  return closedAt !== null && !answered && now.getTime() - closedAt.getTime() < EVALUATION_DAYS * 86_400_000;
}
