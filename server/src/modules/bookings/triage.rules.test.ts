import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vaccinationTriage } from '../../seed/demo-triage.ts';
import { changeableUntil } from './bookings.rules.ts';
import { checkTriage } from './triage.rules.ts';

const yesNo = fc.constantFrom('yes', 'no');

describe('R-BK-4: the triage form', () => {
  it('R-BK-4: an answer that stops the booking stops it with that question’s advice, whatever else is answered', () => {
    fc.assert(
      fc.property(yesNo, yesNo, (allergy, anticoagulants) => {
        const outcome = checkTriage(vaccinationTriage, { fever: 'yes', allergy, anticoagulants });
        expect(outcome).toMatchObject({ result: 'stop', questionId: 'fever' });
        expect((outcome as { advice: { sv: string } }).advice.sv).toContain('feberfri');
      }),
    );
    expect(checkTriage(vaccinationTriage, { fever: 'no', allergy: 'yes', anticoagulants: 'no' })).toMatchObject({ result: 'stop', questionId: 'allergy' });
  });

  it('R-BK-4: a follow-up must be answered exactly when its question was answered so', () => {
    const base = { fever: 'no', allergy: 'no' };
    expect(checkTriage(vaccinationTriage, { ...base, anticoagulants: 'yes', anticoagulant_name: 'Waran' })).toEqual({
      result: 'pass',
      answers: { ...base, anticoagulants: 'yes', anticoagulant_name: 'Waran' },
    });
    expect(checkTriage(vaccinationTriage, { ...base, anticoagulants: 'yes' })).toEqual({ result: 'invalid', questionId: 'anticoagulant_name', problem: 'missing' });
    expect(checkTriage(vaccinationTriage, { ...base, anticoagulants: 'no', anticoagulant_name: 'Waran' })).toEqual({ result: 'invalid', questionId: 'anticoagulant_name', problem: 'not_asked' });
  });

  it('R-BK-4: answers outside a question’s options, missing answers and over-long text are refused', () => {
    expect(checkTriage(vaccinationTriage, { fever: 'maybe', allergy: 'no', anticoagulants: 'no' })).toMatchObject({ result: 'invalid', questionId: 'fever', problem: 'not_an_option' });
    expect(checkTriage(vaccinationTriage, { fever: 'no', anticoagulants: 'no' })).toMatchObject({ result: 'invalid', questionId: 'allergy', problem: 'missing' });
    expect(checkTriage(vaccinationTriage, { fever: 'no', allergy: 'no', anticoagulants: 'yes', anticoagulant_name: 'x'.repeat(201) })).toMatchObject({ problem: 'too_long' });
  });

  it('R-BK-4: passing answers are kept exactly as given for the questions shown', () => {
    fc.assert(
      fc.property(yesNo, fc.string({ maxLength: 200 }), (anticoagulants, name) => {
        const given = { fever: 'no', allergy: 'no', anticoagulants, ...(anticoagulants === 'yes' ? { anticoagulant_name: name } : {}) };
        expect(checkTriage(vaccinationTriage, given)).toEqual({ result: 'pass', answers: given });
      }),
    );
  });
});

describe('R-BK-4: the cut-off for changing a booking', () => {
  it('R-BK-4: only a self-booked time still booked can be changed, until the cut-off before its start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 72 }), fc.constantFrom('self', 'ehr', 'staff'), fc.constantFrom('booked', 'cancelled', 'completed'), (hours, source, status) => {
        const startsAt = new Date('2026-12-01T09:00:00Z');
        const until = changeableUntil({ source, status, startsAt }, { cancelCutoffHours: hours });
        if (source !== 'self' || status !== 'booked') expect(until).toBeNull();
        else expect(startsAt.getTime() - until!.getTime()).toBe(hours * 3_600_000);
      }),
    );
  });
});
