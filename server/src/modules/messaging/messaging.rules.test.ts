import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InboxView } from '../../../../contracts/messaging.ts';
import type { Questionnaire } from '../../../../contracts/questionnaire.ts';
import { evaluationOpen, expectedWaitMinutes, inInboxView, isLiveChatOpen, triageBlock } from './messaging.rules.ts';

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '17:00' }));

describe('R-MS-5: live chat follows the unit’s opening hours in Swedish time', () => {
  it('R-MS-5: open on a weekday at 08:00 and 16:59, closed at 17:00 and at weekends, in winter and summer time', () => {
    expect(isLiveChatOpen(weekdays, new Date('2026-11-23T07:00:00Z'))).toBe(true); // Monday 08:00 CET
    expect(isLiveChatOpen(weekdays, new Date('2026-11-23T06:59:00Z'))).toBe(false);
    expect(isLiveChatOpen(weekdays, new Date('2026-11-23T15:59:00Z'))).toBe(true);
    expect(isLiveChatOpen(weekdays, new Date('2026-11-23T16:00:00Z'))).toBe(false);
    expect(isLiveChatOpen(weekdays, new Date('2026-11-22T10:00:00Z'))).toBe(false); // Sunday
    expect(isLiveChatOpen(weekdays, new Date('2026-06-15T06:00:00Z'))).toBe(true); // Monday 08:00 CEST
    expect(isLiveChatOpen(weekdays, new Date('2026-06-15T05:59:00Z'))).toBe(false);
    expect(isLiveChatOpen([], new Date('2026-11-23T10:00:00Z'))).toBe(false);
  });

  it('R-MS-5: a unit open around the clock every day is open at any instant', () => {
    const always = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [{ weekday, opens: '00:00', closes: '23:59' }]);
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }), (at) => {
        const minute = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(at);
        return isLiveChatOpen(always, at) === (minute !== '23:59');
      }),
    );
  });
});

describe('R-MS-12: inbox views', () => {
  const row = fc.record({ closed: fc.boolean(), holderStaffId: fc.constantFrom(null, 'me', 'colleague'), handedOver: fc.boolean(), awaiting: fc.constantFrom('care' as const, 'resident' as const) });
  it('R-MS-12: a closed conversation is only under "closed"; an open one is under "all open", and under "new" exactly when nobody holds it and it was not handed over', () => {
    fc.assert(
      fc.property(row, (r) => {
        const views: InboxView[] = ['new', 'mine', 'waiting_for_resident', 'handed_over', 'closed', 'all_open'];
        const shown = views.filter((v) => inInboxView(v, r, 'me'));
        if (r.closed) return shown.length === 1 && shown[0] === 'closed';
        return (
          shown.includes('all_open') &&
          !shown.includes('closed') &&
          shown.includes('new') === (r.holderStaffId === null && !r.handedOver) &&
          shown.includes('mine') === (r.holderStaffId === 'me') &&
          shown.includes('waiting_for_resident') === (r.awaiting === 'resident') &&
          shown.includes('handed_over') === r.handedOver
        );
      }),
    );
  });
});

describe('R-MS-4: the answers as a structured block', () => {
  const form: Questionnaire = [
    { id: 'pain', kind: 'yes_no', text: { sv: 'Har du ont?', en: 'Are you in pain?' }, showIf: null, stopsOn: null, stopAdvice: null },
    { id: 'where', kind: 'free_text', text: { sv: 'Var?', en: 'Where?' }, showIf: { questionId: 'pain', equals: 'yes' }, maxLength: 100 },
    {
      id: 'since',
      kind: 'multiple_choice',
      text: { sv: 'När?', en: 'When?' },
      showIf: null,
      options: [
        { id: 'morning', text: { sv: 'Morgon', en: 'Morning' }, stops: false },
        { id: 'night', text: { sv: 'Natt', en: 'Night' }, stops: false },
      ],
      stopAdvice: null,
    },
  ];
  it('R-MS-4: shows the questions asked with the answers in words; a follow-up not shown is left out', () => {
    expect(triageBlock(form, { pain: 'yes', where: 'Knät', since: ['night'] })).toEqual([
      { question: { sv: 'Har du ont?', en: 'Are you in pain?' }, answer: [{ sv: 'Ja', en: 'Yes' }] },
      { question: { sv: 'Var?', en: 'Where?' }, answer: 'Knät' },
      { question: { sv: 'När?', en: 'When?' }, answer: [{ sv: 'Natt', en: 'Night' }] },
    ]);
    expect(triageBlock(form, { pain: 'no', since: ['morning', 'night'] }).map((i) => i.question.sv)).toEqual(['Har du ont?', 'När?']);
  });
});

describe('R-MS-5 queue and R-MS-9 evaluation', () => {
  it('R-MS-5: the expected wait grows with the place in the queue and never falls below a minute per place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.array(fc.double({ min: 0, max: 120, noNaN: true }), { maxLength: 20 }), (place, waits) => {
        const here = expectedWaitMinutes(place, waits);
        return here >= place && expectedWaitMinutes(place + 1, waits) >= here;
      }),
    );
    expect(expectedWaitMinutes(2, [])).toBe(10);
  });

  it('R-MS-9: an evaluation is asked for once, for two weeks after the chat closed', () => {
    const closed = new Date('2026-11-01T10:00:00Z');
    expect(evaluationOpen(null, false, closed)).toBe(false);
    expect(evaluationOpen(closed, false, new Date('2026-11-15T09:59:59Z'))).toBe(true);
    expect(evaluationOpen(closed, false, new Date('2026-11-15T10:00:00Z'))).toBe(false);
    expect(evaluationOpen(closed, true, new Date('2026-11-02T10:00:00Z'))).toBe(false);
  });
});
