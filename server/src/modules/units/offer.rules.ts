import type { CriteriaGroup, Criterion } from '../../../../contracts/criteria.ts';
import type { UnitFunction, UnitKind } from '../../../../contracts/enums.ts';
import type { CriteriaScope } from '../../../../contracts/units.ts';
import { swedishDate } from '../../platform/local-date.ts';
import { everyone, meetsCriteria, type ResidentFacts } from './criteria.rules.ts';

export interface OfferingUnit {
  id: string;
  kind: UnitKind;
  functions: readonly UnitFunction[];
}

/** What is known about a person across units; `factsAt` narrows it to one unit. */
export interface PersonFacts {
  birthDate: string;
  county: string | null;
  listingUnitId: string | null;
  diagnosisCodes: readonly string[];
  /** Bookings that were not cancelled, at any unit. */
  visits: readonly { unitId: string; startsAt: Date }[];
}

export type CriteriaByScope = Partial<Record<CriteriaScope, CriteriaGroup>>;

/** The evaluator's facts about a person in relation to one unit. */
export function factsAt(person: PersonFacts, unitId: string, now: Date): ResidentFacts {
  const here = person.visits.filter((v) => v.unitId === unitId);
  const listedAtUnit = person.listingUnitId === unitId;
  return {
    birthDate: person.birthDate,
    county: person.county,
    listedAtUnit,
    diagnosisCodes: person.diagnosisCodes,
    careContact: listedAtUnit || here.length > 0,
    pastVisitDates: here.filter((v) => v.startsAt < now).map((v) => swedishDate(v.startsAt)),
    hasComingVisit: here.some((v) => v.startsAt >= now),
  };
}

/**
 * Whether a resident may start a function at a unit themself: the unit has it switched on (R-UN-1),
 * a primary-care centre only for those listed there (R-MS-10), and both the unit-wide criteria and
 * the function's own are met (R-UN-2).
 */
export function residentMayUse(unit: OfferingUnit, fn: UnitFunction, facts: ResidentFacts, criteria: CriteriaByScope, today: string): OfferVerdict {
  if (fn === 'chat') return residentMayWrite(unit, facts, criteria, today);
  if (!unit.functions.includes(fn)) return 'unit_not_offered';
  if (unit.kind === 'primary_care' && !facts.listedAtUnit) return 'not_listed_here';
  const admitted = meetsCriteria(criteria.unit ?? everyone, facts, today) && meetsCriteria(criteria[fn] ?? everyone, facts, today);
  return admitted ? true : 'unit_not_offered';
}

export type OfferVerdict = true | 'not_listed_here' | 'unit_not_offered';

const aboutVisits: ReadonlySet<Criterion['type']> = new Set(['care_contact', 'earlier_visit', 'coming_visit']);
const looksAtVisits = (group: CriteriaGroup | undefined): boolean => group !== undefined && group.items.some((item) => ('op' in item ? looksAtVisits(item) : aboutVisits.has(item.type)));

/**
 * Whether `residentMayUse` for `fn` can depend on the person's visits: for chat always (a coming
 * visit opens it, R-MS-2), otherwise only through a criterion about care contact or visits. When it
 * cannot, the visits need not be read.
 */
export function verdictNeedsVisits(fn: UnitFunction, criteria: CriteriaByScope): boolean {
  return fn === 'chat' || looksAtVisits(criteria.unit) || looksAtVisits(criteria[fn]);
}

/**
 * Whether a resident may write to a unit: where its chat is switched on and its criteria admit them
 * (R-MS-3), and, whatever the criteria, while they have a coming visit at a unit that sends
 * e-invitations (R-MS-2). A primary-care centre only hears from those listed there (R-MS-10).
 */
function residentMayWrite(unit: OfferingUnit, facts: ResidentFacts, criteria: CriteriaByScope, today: string): OfferVerdict {
  if (unit.kind === 'primary_care' && !facts.listedAtUnit) return 'not_listed_here';
  if (unit.functions.includes('e_invitation') && facts.hasComingVisit) return true;
  if (!unit.functions.includes('chat')) return 'unit_not_offered';
  const admitted = meetsCriteria(criteria.unit ?? everyone, facts, today) && meetsCriteria(criteria.chat ?? everyone, facts, today);
  return admitted ? true : 'unit_not_offered';
}
