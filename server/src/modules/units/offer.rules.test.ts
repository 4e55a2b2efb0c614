import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitFunction, unitKind } from '../../../../contracts/enums.ts';
import { tree } from './criteria.arbitraries.ts';
import { factsAt, type OfferingUnit, residentMayUse, verdictNeedsVisits } from './offer.rules.ts';

const now = new Date('2026-11-22T09:00:00Z');
const today = '2026-11-22';
const person = {
  birthDate: '1990-01-01',
  county: 'Gotlands län',
  listingUnitId: 'visby',
  diagnosisCodes: [],
  visits: [
    { unitId: 'medicin', startsAt: new Date('2026-05-01T08:00:00Z') },
    { unitId: 'medicin', startsAt: new Date('2026-12-01T08:00:00Z') },
    { unitId: 'bup', startsAt: new Date('2026-11-21T23:30:00Z') },
  ],
};

describe('R-MS-10, R-UN-1/2: what a resident may start at a unit', () => {
  it('R-MS-10: at a primary-care centre where the person is not listed, nothing is ever offered', () => {
    fc.assert(
      fc.property(fc.subarray([...unitFunction.options]), fc.constantFrom(...unitFunction.options), (functions, fn) => {
        const centre: OfferingUnit = { id: 'hemse', kind: 'primary_care', functions };
        expect(residentMayUse(centre, fn, factsAt(person, 'hemse', now), {}, today)).not.toBe(true);
      }),
    );
  });

  it('R-UN-1: a function the unit has not switched on is never offered, whatever the criteria', () => {
    fc.assert(
      fc.property(fc.constantFrom(...unitKind.options), fc.constantFrom(...unitFunction.options), (kind, fn) => {
        const unit: OfferingUnit = { id: 'visby', kind, functions: unitFunction.options.filter((f) => f !== fn) };
        expect(residentMayUse(unit, fn, factsAt(person, 'visby', now), {}, today)).toBe('unit_not_offered');
      }),
    );
  });

  it('R-UN-2: both the unit-wide and the function’s own criteria must be met', () => {
    const unit: OfferingUnit = { id: 'medicin', kind: 'hospital_clinic', functions: ['chat'] };
    const facts = factsAt(person, 'medicin', now);
    const adults = { op: 'all' as const, items: [{ type: 'age' as const, min: 18, max: null }] };
    const children = { op: 'all' as const, items: [{ type: 'age' as const, min: null, max: 17 }] };
    expect(residentMayUse(unit, 'chat', facts, { unit: adults }, today)).toBe(true);
    expect(residentMayUse(unit, 'chat', facts, { unit: adults, chat: children }, today)).toBe('unit_not_offered');
    expect(residentMayUse(unit, 'chat', facts, { unit: children, chat: adults }, today)).toBe('unit_not_offered');
  });

  it('R-UN-2: visits count per unit, in Swedish days, split into earlier and coming at this moment', () => {
    expect(factsAt(person, 'medicin', now)).toMatchObject({ careContact: true, pastVisitDates: ['2026-05-01'], hasComingVisit: true, listedAtUnit: false });
    // 23:30 UTC on 21 November is 00:30 on 22 November in Sweden.
    expect(factsAt(person, 'bup', now).pastVisitDates).toEqual(['2026-11-22']);
    expect(factsAt(person, 'visby', now)).toMatchObject({ careContact: true, listedAtUnit: true, pastVisitDates: [], hasComingVisit: false });
    expect(factsAt(person, 'roma', now)).toMatchObject({ careContact: false, listedAtUnit: false });
  });

  it('R-MS-2: a coming visit at a unit that sends e-invitations lets the resident write there whatever the criteria, until the visit has taken place; R-MS-10 still holds', () => {
    const nobody = { op: 'all' as const, items: [{ type: 'age' as const, min: 200, max: null }] };
    fc.assert(
      fc.property(fc.constantFrom(...unitKind.options), fc.subarray([...unitFunction.options]), fc.boolean(), (kind, functions, listed) => {
        const unit: OfferingUnit = { id: 'medicin', kind, functions };
        const coming = { ...person, listingUnitId: listed ? 'medicin' : 'visby' };
        const past = { ...coming, visits: coming.visits.filter((v) => v.startsAt < now) };
        const verdict = (p: typeof person) => residentMayUse(unit, 'chat', factsAt(p, 'medicin', now), { unit: nobody, chat: nobody }, today);
        if (kind === 'primary_care' && !listed) return verdict(coming) === 'not_listed_here';
        return verdict(coming) === (functions.includes('e_invitation') ? true : 'unit_not_offered') && verdict(past) === 'unit_not_offered';
      }),
    );
  });

  it('R-UN-2: a verdict said not to need the visits is the same with and without them', () => {
    const visit = fc.record({ unitId: fc.constantFrom('medicin', 'visby'), startsAt: fc.constantFrom(new Date('2025-01-10T08:00:00Z'), new Date('2026-11-01T08:00:00Z'), new Date('2026-12-01T08:00:00Z')) });
    fc.assert(
      fc.property(
        fc.constantFrom(...unitKind.options),
        fc.subarray([...unitFunction.options]),
        fc.constantFrom(...unitFunction.options),
        fc.option(tree, { nil: undefined }),
        fc.option(tree, { nil: undefined }),
        fc.array(visit, { maxLength: 3 }),
        (kind, functions, fn, unitCriteria, fnCriteria, visits) => {
          const criteria = { unit: unitCriteria, [fn]: fnCriteria };
          fc.pre(!verdictNeedsVisits(fn, criteria));
          const unit: OfferingUnit = { id: 'medicin', kind, functions };
          const verdict = (v: typeof visits) => residentMayUse(unit, fn, factsAt({ ...person, visits: v }, 'medicin', now), criteria, today);
          expect(verdict([])).toBe(verdict(visits));
        },
      ),
    );
  });

  it('R-UN-2: a criterion about care contact or visits, at any depth, makes the verdict need the visits', () => {
    const deep = { op: 'any' as const, items: [{ type: 'age' as const, min: 18, max: null }, { op: 'all' as const, items: [{ type: 'earlier_visit' as const, withinMonths: 6 }] }] };
    expect(verdictNeedsVisits('self_booking', { self_booking: deep })).toBe(true);
    expect(verdictNeedsVisits('self_booking', { unit: { op: 'all', items: [{ type: 'care_contact' }] } })).toBe(true);
    expect(verdictNeedsVisits('self_booking', { chat: { op: 'all', items: [{ type: 'coming_visit' }] } })).toBe(false);
    expect(verdictNeedsVisits('chat', {})).toBe(true);
  });
});
