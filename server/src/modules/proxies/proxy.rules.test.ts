import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proxyKind } from '../../../../contracts/enums.ts';
import { ageOnDate, birthdayOn } from '../identity/identifier.rules.ts';
import { checkSpecialNeedApproval, proxyState } from './proxy.rules.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);
const dates = (min: string, max: string) => fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map(day);
const addDays = (date: string, n: number) => day(new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000));

describe('R-PX-1: automatic guardian proxy', () => {
  it('R-PX-1: guardian proxy ends on the 13th birthday', () => {
    fc.assert(
      fc.property(dates('1996-01-01', '2030-12-31'), (birthDate) => {
        const thirteenth = birthdayOn(birthDate, 13);
        expect(proxyState({ kind: 'guardian', subjectBirthDate: birthDate, today: addDays(thirteenth, -1) })).toEqual({ active: true, endsOn: thirteenth });
        expect(proxyState({ kind: 'guardian', subjectBirthDate: birthDate, today: thirteenth })).toEqual({ active: false, reason: 'age_limit' });
      }),
    );
  });

  it('R-PX-1: the guardian proxy is active exactly while the child is under 13', () => {
    fc.assert(
      fc.property(dates('2000-01-01', '2026-12-31'), dates('2000-01-01', '2045-12-31'), (birthDate, today) => {
        fc.pre(today >= birthDate);
        expect(proxyState({ kind: 'guardian', subjectBirthDate: birthDate, today }).active).toBe(ageOnDate(birthDate, today) < 13);
      }),
    );
  });

  it('R-PX-1: a child born on a leap day turns 13 on 1 March in a year without 29 February', () => {
    expect(birthdayOn('2012-02-29', 13)).toBe('2025-03-01');
    expect(proxyState({ kind: 'guardian', subjectBirthDate: '2012-02-29', today: '2025-02-28' }).active).toBe(true);
    expect(proxyState({ kind: 'guardian', subjectBirthDate: '2012-02-29', today: '2025-03-01' }).active).toBe(false);
    expect(birthdayOn('2012-02-29', 16)).toBe('2028-02-29');
  });
});

describe('R-PX-2: special need 13–16', () => {
  it('R-PX-2: special-need proxy never outlasts the 16th birthday, whatever end date was recorded', () => {
    fc.assert(
      fc.property(dates('1995-01-01', '2025-12-31'), dates('1995-01-01', '2050-12-31'), dates('1995-01-01', '2050-12-31'), (birthDate, validUntil, today) => {
        const state = proxyState({ kind: 'guardian_special_need', subjectBirthDate: birthDate, today, validUntil });
        if (today >= birthdayOn(birthDate, 16) || today >= validUntil) expect(state.active).toBe(false);
        else expect(state).toEqual({ active: true, endsOn: validUntil < birthdayOn(birthDate, 16) ? validUntil : birthdayOn(birthDate, 16) });
      }),
    );
  });

  it('R-PX-2: approval is possible only for a child aged 13–15, until at most the 16th birthday', () => {
    const birth = '2012-04-18';
    expect(checkSpecialNeedApproval(birth, '2025-04-17', '2027-01-01')).toBe('under_13');
    expect(checkSpecialNeedApproval(birth, '2025-04-18', '2028-04-18')).toBeNull();
    expect(checkSpecialNeedApproval(birth, '2025-04-18', '2028-04-19')).toBe('until_after_16');
    expect(checkSpecialNeedApproval(birth, '2028-04-18', '2028-04-18')).toBe('over_16');
    expect(checkSpecialNeedApproval(birth, '2026-11-22', '2026-11-22')).toBe('until_not_after_today');
  });

  it('R-PX-2: an approval the rule accepts gives an active proxy the day it is made', () => {
    fc.assert(
      fc.property(dates('1995-01-01', '2025-12-31'), dates('2008-01-01', '2045-12-31'), fc.integer({ min: 1, max: 2000 }), (birthDate, today, days) => {
        const validUntil = addDays(today, days);
        if (checkSpecialNeedApproval(birthDate, today, validUntil) === null) {
          expect(proxyState({ kind: 'guardian_special_need', subjectBirthDate: birthDate, today, validUntil }).active).toBe(true);
        }
      }),
    );
  });
});

describe('R-PX-3/4/6, R-ID-4: what stops any proxy', () => {
  const kinds = fc.constantFrom(...proxyKind.options);

  it('R-ID-4: no proxy of any kind may act for a person whose account is blocked', () => {
    fc.assert(
      fc.property(kinds, (kind) => {
        expect(proxyState({ kind, subjectBirthDate: '2019-09-03', today: '2026-11-22', subjectBlocked: true })).toEqual({ active: false, reason: 'account_blocked' });
      }),
    );
  });

  it('R-PX-6: a blocked guardian cannot act, while a legal representative is unaffected by a guardian block', () => {
    expect(proxyState({ kind: 'guardian', subjectBirthDate: '2019-09-03', today: '2026-11-22', guardianBlocked: true })).toEqual({ active: false, reason: 'guardian_blocked' });
    expect(proxyState({ kind: 'legal_representative', subjectBirthDate: '1950-01-01', today: '2026-11-22', guardianBlocked: true }).active).toBe(true);
  });

  it('protected identity stops every kind of proxy', () => {
    fc.assert(
      fc.property(kinds, (kind) => {
        expect(proxyState({ kind, subjectBirthDate: '2019-09-03', today: '2026-11-22', protectedIdentity: true }).active).toBe(false);
      }),
    );
  });

  it('R-PX-3/4: an ended grant is inactive; an open-ended one stays active', () => {
    expect(proxyState({ kind: 'legal_representative', subjectBirthDate: '1950-01-01', today: '2026-11-22', ended: true })).toEqual({ active: false, reason: 'ended' });
    expect(proxyState({ kind: 'authorised_representative', subjectBirthDate: '1950-01-01', today: '2026-11-22', validUntil: null })).toEqual({ active: true, endsOn: null });
    expect(proxyState({ kind: 'authorised_representative', subjectBirthDate: '1950-01-01', today: '2026-11-22', validUntil: '2026-11-22' })).toEqual({ active: false, reason: 'expired' });
  });
});
