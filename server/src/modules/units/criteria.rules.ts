import type { CriteriaGroup, Criterion } from '../../../../contracts/criteria.ts';
import { ageOnDate } from '../identity/identifier.rules.ts';

/** What the evaluator knows about one resident in relation to one unit. */
export interface ResidentFacts {
  birthDate: string;
  county: string | null;
  listedAtUnit: boolean;
  diagnosisCodes: readonly string[];
  /** Has had care at the unit (any contact on record). */
  careContact: boolean;
  /** Swedish calendar dates of completed visits at the unit. */
  pastVisitDates: readonly string[];
  hasComingVisit: boolean;
}

function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, lastDay));
  return date.toISOString().slice(0, 10);
}

function meets(c: Criterion, f: ResidentFacts, today: string): boolean {
  switch (c.type) {
    case 'county':
      return f.county !== null && c.counties.includes(f.county);
    case 'listed_at_unit':
      return f.listedAtUnit;
    case 'diagnosis':
      // A code given as E11 covers E11.9; one given as E11.9 covers only itself.
      return f.diagnosisCodes.some((code) => c.codes.some((want) => code === want || code.startsWith(`${want}.`)));
    case 'care_contact':
      return f.careContact;
    case 'age': {
      const age = ageOnDate(f.birthDate, today);
      return (c.min === null || age >= c.min) && (c.max === null || age <= c.max);
    }
    case 'earlier_visit': {
      const since = monthsBefore(today, c.withinMonths);
      return f.pastVisitDates.some((d) => d >= since && d <= today);
    }
    case 'coming_visit':
      return f.hasComingVisit;
  }
}

const isGroup = (item: Criterion | CriteriaGroup): item is CriteriaGroup => 'op' in item;

/**
 * R-UN-2: whether a resident meets a unit's criteria for a function. The one evaluator every module
 * calls (chat, self-booking, messages). An empty `all` admits everyone; an empty `any` admits no one.
 */
export function meetsCriteria(group: CriteriaGroup, facts: ResidentFacts, today: string): boolean {
  const results = group.items.map((item) => (isGroup(item) ? meetsCriteria(item, facts, today) : meets(item, facts, today)));
  return group.op === 'all' ? results.every(Boolean) : results.some(Boolean);
}
