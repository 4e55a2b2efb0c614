import fc from 'fast-check';
import type { CriteriaGroup, Criterion } from '../../../../contracts/criteria.ts';
import type { ResidentFacts } from './criteria.rules.ts';

/** Random facts and criteria trees for the property tests of the criteria and of what they decide. */
export const facts: fc.Arbitrary<ResidentFacts> = fc.record({
  birthDate: fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2026-11-21T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  county: fc.constantFrom('Gotlands län', 'Stockholms län', null),
  listedAtUnit: fc.boolean(),
  diagnosisCodes: fc.array(fc.constantFrom('E11.9', 'J45', 'F32.1', 'I10'), { maxLength: 3 }),
  careContact: fc.boolean(),
  pastVisitDates: fc.array(fc.constantFrom('2024-01-01', '2026-01-15', '2026-11-01'), { maxLength: 3 }),
  hasComingVisit: fc.boolean(),
});
export const leaf: fc.Arbitrary<Criterion> = fc.oneof(
  fc.constant<Criterion>({ type: 'listed_at_unit' }),
  fc.constant<Criterion>({ type: 'care_contact' }),
  fc.constant<Criterion>({ type: 'coming_visit' }),
  fc.constantFrom<Criterion>({ type: 'county', counties: ['Gotlands län'] }, { type: 'diagnosis', codes: ['E11'] }, { type: 'earlier_visit', withinMonths: 6 }),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 30 })).map(([min, span]): Criterion => ({ type: 'age', min, max: min + span })),
);
export const tree: fc.Arbitrary<CriteriaGroup> = fc.letrec<{ group: CriteriaGroup }>((tie) => ({
  group: fc.record({ op: fc.constantFrom('all' as const, 'any' as const), items: fc.array(fc.oneof({ depthSize: 'small' }, leaf, tie('group')), { maxLength: 4 }) }),
})).group;
