import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CriteriaGroup, type Criterion, criteriaGroup } from '../../../../contracts/criteria.ts';
import { birthdayOn } from '../identity/identifier.rules.ts';
import { facts, tree } from './criteria.arbitraries.ts';
import { explainCriteria, meetsCriteria, monthsBefore, type ResidentFacts } from './criteria.rules.ts';

const today = '2026-11-22';
const base: ResidentFacts = { birthDate: '1980-05-05', county: 'Gotlands län', listedAtUnit: true, diagnosisCodes: ['E11.9'], careContact: true, pastVisitDates: ['2026-06-01'], hasComingVisit: false };
const all = (...items: (Criterion | CriteriaGroup)[]): CriteriaGroup => ({ op: 'all', items });
const any = (...items: (Criterion | CriteriaGroup)[]): CriteriaGroup => ({ op: 'any', items });

describe('R-UN-2: resident criteria', () => {
  it('R-UN-2: empty criteria admit every resident', () => {
    fc.assert(
      fc.property(facts, (f) => {
        expect(meetsCriteria(all(), f, today)).toBe(true);
      }),
    );
  });

  it('R-UN-2: an age range includes both ends, counted on the birthday itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 90 }), (age) => {
        const range = all({ type: 'age', min: age, max: age });
        const turnsToday = { ...base, birthDate: `${2026 - age}-11-22` };
        const turnsTomorrow = { ...base, birthDate: `${2026 - age}-11-23` };
        expect(meetsCriteria(range, turnsToday, today)).toBe(true);
        expect(meetsCriteria(range, turnsTomorrow, today)).toBe(false);
        expect(birthdayOn(turnsToday.birthDate, age)).toBe(today);
      }),
    );
  });

  it('R-UN-2: an age range with only a lowest or only a highest age is open at the other end', () => {
    expect(meetsCriteria(all({ type: 'age', min: 65, max: null }), { ...base, birthDate: '1920-01-01' }, today)).toBe(true);
    expect(meetsCriteria(all({ type: 'age', min: null, max: 17 }), { ...base, birthDate: '2010-01-01' }, today)).toBe(true);
    expect(meetsCriteria(all({ type: 'age', min: null, max: 17 }), base, today)).toBe(false);
  });

  it('R-UN-2: AND and OR nest as in logic: all = every item, any = at least one', () => {
    fc.assert(
      fc.property(tree, facts, (group, f) => {
        const results = group.items.map((item) => meetsCriteria('op' in item ? item : all(item), f, today));
        expect(meetsCriteria(group, f, today)).toBe(group.op === 'all' ? results.every(Boolean) : results.some(Boolean));
      }),
    );
  });

  it('R-UN-2: wrapping criteria in a one-item group of either kind changes nothing', () => {
    fc.assert(
      fc.property(tree, facts, fc.constantFrom('all' as const, 'any' as const), (group, f, op) => {
        expect(meetsCriteria({ op, items: [group] }, f, today)).toBe(meetsCriteria(group, f, today));
      }),
    );
  });

  it('R-UN-2: each kind of criterion reads the right fact', () => {
    expect(meetsCriteria(all({ type: 'county', counties: ['Stockholms län'] }), base, today)).toBe(false);
    expect(meetsCriteria(all({ type: 'diagnosis', codes: ['E11'] }), base, today)).toBe(true);
    expect(meetsCriteria(all({ type: 'diagnosis', codes: ['E1'] }), base, today)).toBe(false);
    expect(meetsCriteria(all({ type: 'diagnosis', codes: ['E11.9'] }), { ...base, diagnosisCodes: ['E11.8'] }, today)).toBe(false);
    expect(meetsCriteria(all({ type: 'earlier_visit', withinMonths: 6 }), base, today)).toBe(true);
    expect(meetsCriteria(all({ type: 'earlier_visit', withinMonths: 5 }), base, today)).toBe(false);
    expect(meetsCriteria(all({ type: 'coming_visit' }), base, today)).toBe(false);
    expect(meetsCriteria(any({ type: 'coming_visit' }, { type: 'listed_at_unit' }), base, today)).toBe(true);
    expect(meetsCriteria(any(), base, today)).toBe(false);
  });

  it('R-UN-2: criteria are validated: bad ICD-10 codes and impossible age ranges are refused', () => {
    expect(criteriaGroup.safeParse(all({ type: 'diagnosis', codes: ['diabetes'] })).success).toBe(false);
    expect(criteriaGroup.safeParse(all({ type: 'age', min: 30, max: 20 })).success).toBe(false);
    expect(criteriaGroup.safeParse(all({ type: 'age', min: null, max: null })).success).toBe(false);
    expect(criteriaGroup.safeParse(any(all({ type: 'age', min: 18, max: null }), { type: 'listed_at_unit' })).success).toBe(true);
  });

  it('R-UN-2: the explanation mirrors the criteria, and every group’s verdict follows from its items', () => {
    type Node = ReturnType<typeof explainCriteria>;
    const check = (group: CriteriaGroup, node: Node): void => {
      expect(node.op).toBe(group.op);
      expect(node.items).toHaveLength(group.items.length);
      group.items.forEach((item, i) => {
        const explained = node.items[i]!;
        if ('op' in item) check(item, explained as Node);
        else expect((explained as { criterion: unknown }).criterion).toEqual(item);
      });
      const verdicts = node.items.map((i) => i.met);
      expect(node.met).toBe(group.op === 'all' ? verdicts.every(Boolean) : verdicts.some(Boolean));
    };
    fc.assert(
      fc.property(tree, facts, (group, f) => {
        check(group, explainCriteria(group, f, today));
      }),
    );
  });

  it('R-UN-2: "within N months" counts calendar months and clamps to the end of a shorter month', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });
});
