import type { CriteriaGroup, Criterion } from '../../../../contracts/criteria.ts';
import type { ExplainedGroup } from '../../../../contracts/units.ts';
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

/** The same calendar day N months earlier, clamped to the month's last day (31 March − 1 month = 28/29 February). */
export function monthsBefore(today: string, months: number): string {
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
 * R-UN-2: whether a resident meets a unit's criteria for a function, criterion by criterion, so the
 * portal can show which one failed. An empty `all` admits everyone; an empty `any` admits no one.
 */
export function explainCriteria(group: CriteriaGroup, facts: ResidentFacts, today: string): ExplainedGroup {
  const items = group.items.map((item) => (isGroup(item) ? explainCriteria(item, facts, today) : { criterion: item, met: meets(item, facts, today) }));
  const met = group.op === 'all' ? items.every((i) => i.met) : items.some((i) => i.met);
  return { op: group.op, met, items };
}

/** The one evaluator every module calls (chat, self-booking, messages). */
export function meetsCriteria(group: CriteriaGroup, facts: ResidentFacts, today: string): boolean {
  return explainCriteria(group, facts, today).met;
}

/** No criteria stored: every resident may use the function. */
export const everyone: CriteriaGroup = { op: 'all', items: [] };
