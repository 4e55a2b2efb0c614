import type { CriteriaGroup } from '../../../../contracts/criteria.ts';
import type { DocumentKind } from '../../../../contracts/enums.ts';
import {
  type AddDocumentExceptionRequest,
  type AdminUnitDetail,
  type AdminUnitsResponse,
  type AdminUnitSummary,
  type ConnectUnitRequest,
  type CriteriaPreviewRequest,
  type CriteriaPreviewResponse,
  type CriteriaScope,
  criteriaScope,
} from '../../../../contracts/units.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, forbidden, invalidField, notFound } from '../../platform/errors.ts';
import { swedishDate } from '../../platform/local-date.ts';
import { assertStaffMay, hasPermission } from '../../platform/permissions.ts';
import type { StaffInUnit, StaffPrincipal } from '../../platform/principal.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import { everyone, explainCriteria, monthsBefore, type ResidentFacts } from './criteria.rules.ts';
import { type Unit, toUnit, type UnitsDirectory } from './units-directory.ts';
import { unitsRepository } from './units.repository.ts';

const summary = (u: Unit): AdminUnitSummary => ({
  id: u.id,
  hsaId: u.hsaId,
  name: u.name,
  kind: u.kind,
  city: u.city,
  functions: u.functions,
  connectedAt: u.connectedAt.toISOString(),
});

const isEmpty = (g: CriteriaGroup) => g.op === 'all' && g.items.length === 0;

/**
 * R-UN-1/2, R-DC-5: connecting units and setting their functions, resident criteria and local
 * e-document exceptions. A region administrator administers every unit of the region they work in;
 * a system administrator the units where they hold that role.
 */
export class UnitAdminService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly units: UnitsDirectory,
    private readonly staffDirectory: StaffDirectory,
  ) {}

  async list(principal: StaffPrincipal): Promise<AdminUnitsResponse> {
    assertStaffMay(principal, 'unit.configure');
    const units = principal.roles.includes('region_admin')
      ? await this.units.inRegion(await this.regionOf(principal))
      : (await unitsRepository.listByIds(this.db, await this.staffDirectory.unitsWithRole(principal.staffId, 'system_admin'))).map(toUnit);
    return { units: units.map(summary), mayConnect: hasPermission(principal.roles, 'unit.connect') };
  }

  /** Connects a unit in the administrator's region; a system administrator becomes its system administrator. */
  async connect(principal: StaffPrincipal, input: ConnectUnitRequest): Promise<{ id: string }> {
    assertStaffMay(principal, 'unit.connect');
    const regionId = await this.regionOf(principal);
    return this.db.transaction(async (tx) => {
      const created = await unitsRepository.insert(tx, {
        ...input,
        postalCode: input.postalCode.replace(/^(\d{3}) ?(\d{2})$/, '$1 $2'),
        regionId,
        connectedAt: this.clock.now(),
      });
      if (!created) throw new AppError('unit_already_connected', 409, 'A unit with that HSA-ID is already connected', 'hsaId');
      if (!principal.roles.includes('region_admin')) await this.staffDirectory.grantRole(tx, principal.staffId, created.id, 'system_admin');
      return { id: created.id };
    });
  }

  async detail(principal: StaffPrincipal, unitId: string): Promise<AdminUnitDetail> {
    const unit = await this.administered(principal, unitId);
    const [criteria, exceptions, types] = await Promise.all([
      unitsRepository.criteriaOf(this.db, [unit.id]),
      unitsRepository.documentExceptionsOf(this.db, unit.id),
      unitsRepository.appointmentTypesOf(this.db, unit.id),
    ]);
    return {
      ...summary(unit),
      streetAddress: unit.streetAddress,
      postalCode: unit.postalCode,
      phone: unit.phone,
      criteria: criteriaScope.options.map((scope) => {
        const saved = criteria.find((c) => c.scope === scope);
        return { scope, criteria: saved?.criteria ?? everyone, updatedAt: saved?.updatedAt.toISOString() ?? null };
      }),
      documentExceptions: exceptions.map((e) => ({
        id: e.id,
        documentKind: e.documentKind as DocumentKind,
        appointmentType: e.appointmentTypeId ? { id: e.appointmentTypeId, name: { sv: e.appointmentTypeSv!, en: e.appointmentTypeEn! } } : null,
        reason: e.reason,
        createdAt: e.createdAt.toISOString(),
      })),
      appointmentTypes: types.map((t) => ({ id: t.id, name: { sv: t.nameSv, en: t.nameEn } })),
    };
  }

  async setFunctions(principal: StaffPrincipal, unitId: string, functions: string[]): Promise<void> {
    const unit = await this.administered(principal, unitId);
    await unitsRepository.setFunctions(this.db, unit.id, functions);
  }

  /** Stores a scope's criteria; criteria that admit everyone are stored as none. */
  async putCriteria(principal: StaffPrincipal, unitId: string, scope: CriteriaScope, criteria: CriteriaGroup): Promise<void> {
    const unit = await this.administered(principal, unitId);
    if (isEmpty(criteria)) await unitsRepository.clearCriteria(this.db, unit.id, scope);
    else await unitsRepository.putCriteria(this.db, { unitId: unit.id, scope, criteria, updatedAt: this.clock.now(), updatedByStaffId: principal.staffId });
  }

  /** R-UN-2: tries criteria (saved or being edited) against a made-up resident, criterion by criterion. */
  async preview(principal: StaffPrincipal, unitId: string, input: CriteriaPreviewRequest): Promise<CriteriaPreviewResponse> {
    const unit = await this.administered(principal, unitId);
    const saved = await unitsRepository.criteriaOf(this.db, [unit.id]);
    const savedFor = (scope: CriteriaScope) => saved.find((c) => c.scope === scope)?.criteria ?? everyone;
    const today = swedishDate(this.clock.now());
    const r = input.resident;
    if (r.birthDate > today) throw invalidField('resident.birthDate', 'The birth date is in the future');
    const facts: ResidentFacts = {
      birthDate: r.birthDate,
      county: r.county,
      listedAtUnit: r.listedAtUnit,
      diagnosisCodes: r.diagnosisCodes,
      careContact: r.careContact,
      pastVisitDates: r.lastVisitMonthsAgo === null ? [] : [monthsBefore(today, r.lastVisitMonthsAgo)],
      hasComingVisit: r.hasComingVisit,
    };
    const scopes: CriteriaScope[] = input.scope === 'unit' ? ['unit'] : ['unit', input.scope];
    const parts = scopes.map((scope) => ({
      scope,
      result: explainCriteria(scope === input.scope && input.criteria ? input.criteria : savedFor(scope), facts, today),
    }));
    return { meets: parts.every((p) => p.result.met), parts };
  }

  async addDocumentException(principal: StaffPrincipal, unitId: string, input: AddDocumentExceptionRequest): Promise<{ id: string }> {
    const unit = await this.administered(principal, unitId);
    if (input.appointmentTypeId) {
      const types = await unitsRepository.appointmentTypesOf(this.db, unit.id);
      if (!types.some((t) => t.id === input.appointmentTypeId)) throw invalidField('appointmentTypeId', 'Choose an appointment type of this unit');
    }
    return unitsRepository.insertDocumentException(this.db, {
      unitId: unit.id,
      documentKind: input.documentKind,
      appointmentTypeId: input.appointmentTypeId,
      reason: input.reason,
      createdAt: this.clock.now(),
      createdByStaffId: principal.staffId,
    });
  }

  async removeDocumentException(principal: StaffPrincipal, unitId: string, exceptionId: string): Promise<void> {
    const unit = await this.administered(principal, unitId);
    if (!(await unitsRepository.deleteDocumentException(this.db, unit.id, exceptionId))) throw notFound('The exception');
  }

  /** The unit, when the principal administers it: in their region (region admin) or as its system admin. */
  async administered(principal: StaffPrincipal, unitId: string): Promise<Unit> {
    assertStaffMay(principal, 'unit.configure');
    const unit = await this.units.byId(unitId);
    if (!unit) throw notFound('The unit');
    const allowed = principal.roles.includes('region_admin')
      ? unit.regionId === (await this.regionOf(principal))
      : (await this.staffDirectory.rolesInUnit(principal.staffId, unit.id)).includes('system_admin');
    if (!allowed) throw forbidden('You do not administer this unit');
    return unit;
  }

  private async regionOf(principal: StaffInUnit): Promise<string> {
    const unit = await this.units.byId(principal.activeUnitId);
    if (!unit) throw notFound('Your unit');
    return unit.regionId;
  }
}
