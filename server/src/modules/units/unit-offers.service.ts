import type { ResidentFunction, UnitFunction } from '../../../../contracts/enums.ts';
import { residentFunction } from '../../../../contracts/enums.ts';
import type { CriteriaScope, MyCareUnitsResponse, ResidentCareUnit } from '../../../../contracts/units.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { swedishDate } from '../../platform/local-date.ts';
import type { ResidentPrincipal } from '../../platform/principal.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import { type CriteriaByScope, factsAt, type PersonFacts, residentMayUse, verdictNeedsVisits } from './offer.rules.ts';
import { toUnit, type Unit, type UnitsDirectory } from './units-directory.ts';
import { type UnitWithCriteriaRows, unitsRepository } from './units.repository.ts';

const refusals = {
  not_listed_here: () => new AppError('not_listed_here', 403, 'You can only contact the health centre where you are listed'),
  unit_not_offered: () => new AppError('unit_not_offered', 403, 'This care unit does not offer this to you'),
};

/**
 * What a resident (or a proxy, for the person acted for) may start at each unit: the one place that
 * applies functions (R-UN-1), listing (R-MS-10) and resident criteria (R-UN-2) for chat, self-booking
 * and messages.
 */
export class UnitOffers {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly units: UnitsDirectory,
    private readonly residents: ResidentsService,
    private readonly bookings: BookingsService,
  ) {}

  async careUnitsOf(principal: ResidentPrincipal): Promise<MyCareUnitsResponse> {
    const [person, units] = await Promise.all([this.personFacts(principal.subjectId), this.units.all()]);
    const criteria = await this.criteriaByUnit(units.map((u) => u.id));
    const offered = units
      .map((unit) => this.offer(unit, person, criteria.get(unit.id) ?? {}))
      .filter((u) => u.functions.length > 0 || u.listedHere);
    const listing = units.find((u) => u.id === person.listingUnitId);
    return { units: offered, listingUnitName: listing?.name ?? null };
  }

  async careUnitOf(principal: ResidentPrincipal, unitId: string): Promise<ResidentCareUnit> {
    const { unit, person, criteria } = await this.atUnit(principal, unitId);
    const offer = this.offer(unit, person, criteria);
    if (offer.functions.length === 0 && !offer.listedHere) throw refusals[unit.kind === 'primary_care' ? 'not_listed_here' : 'unit_not_offered']();
    return offer;
  }

  /** Refuses, with the reason the resident can act on, a function the person acted for may not start at a unit. */
  async assertResidentMayUse(principal: ResidentPrincipal, unitId: string, fn: UnitFunction): Promise<Unit> {
    const [found, facts] = await Promise.all([unitsRepository.findWithCriteria(this.db, unitId), this.residents.criteriaFacts(principal.subjectId)]);
    if (!found) throw notFound('The care unit');
    const { unit, criteria } = unitWithCriteria(found);
    // Most self-bookings (a rush) are decided without the person's visits: they are read only when they count.
    const person = { ...facts, visits: verdictNeedsVisits(fn, criteria) ? await this.bookings.visitsOf(principal.subjectId) : [] };
    const verdict = residentMayUse(unit, fn, factsAt(person, unit.id, this.clock.now()), criteria, swedishDate(this.clock.now()));
    if (verdict !== true) throw refusals[verdict]();
    return unit;
  }

  /** The unit, the person acted for and the unit's criteria, read at once. */
  private async atUnit(principal: ResidentPrincipal, unitId: string): Promise<{ unit: Unit; person: PersonFacts; criteria: CriteriaByScope }> {
    const [found, person] = await Promise.all([unitsRepository.findWithCriteria(this.db, unitId), this.personFacts(principal.subjectId)]);
    if (!found) throw notFound('The care unit');
    return { ...unitWithCriteria(found), person };
  }

  private offer(unit: Unit, person: PersonFacts, criteria: CriteriaByScope): ResidentCareUnit {
    const now = this.clock.now();
    const facts = factsAt(person, unit.id, now);
    const today = swedishDate(now);
    const functions: ResidentFunction[] = residentFunction.options.filter((fn) => residentMayUse(unit, fn, facts, criteria, today) === true);
    return {
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      streetAddress: unit.streetAddress,
      postalCode: unit.postalCode,
      city: unit.city,
      phone: unit.phone,
      listedHere: facts.listedAtUnit,
      functions,
    };
  }

  private async personFacts(residentId: string): Promise<PersonFacts> {
    const [facts, visits] = await Promise.all([this.residents.criteriaFacts(residentId), this.bookings.visitsOf(residentId)]);
    return { ...facts, visits };
  }

  private async criteriaByUnit(unitIds: string[]): Promise<Map<string, CriteriaByScope>> {
    const byUnit = new Map<string, CriteriaByScope>();
    for (const row of await unitsRepository.criteriaOf(this.db, unitIds)) {
      const scopes = byUnit.get(row.unitId) ?? {};
      scopes[row.scope as CriteriaScope] = row.criteria;
      byUnit.set(row.unitId, scopes);
    }
    return byUnit;
  }
}

function unitWithCriteria(found: UnitWithCriteriaRows): { unit: Unit; criteria: CriteriaByScope } {
  const criteria: CriteriaByScope = {};
  for (const row of found.criteria) criteria[row.scope as CriteriaScope] = row.criteria;
  return { unit: toUnit(found.unit), criteria };
}
