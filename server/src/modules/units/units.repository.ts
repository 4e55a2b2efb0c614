import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { CriteriaGroup } from '../../../../contracts/criteria.ts';
import type { Db } from '../../db/client.ts';
import { batched } from '../../db/batched.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { appointmentTypes, careUnits, regions, unitCriteria, unitDocumentExceptions } from '../../db/schema/index.ts';

export type UnitRow = typeof careUnits.$inferSelect;
export interface UnitWithCriteriaRows {
  unit: UnitRow;
  criteria: { scope: string; criteria: CriteriaGroup }[];
}

// Read by every check of what a resident may do at a unit.
const unitById = preparedQuery((db) => db.select().from(careUnits).where(eq(careUnits.id, sql.placeholder('id'))).limit(1).prepare('unit_by_id'));
const unitsWithCriteriaByIds = preparedQuery((db) =>
  db
    .select({
      unit: careUnits,
      criteria: sql<{ scope: string; criteria: CriteriaGroup }[]>`coalesce((select json_agg(json_build_object('scope', ${unitCriteria.scope}, 'criteria', ${unitCriteria.criteria})) from ${unitCriteria} where ${unitCriteria.unitId} = ${careUnits.id}), '[]')`,
    })
    .from(careUnits)
    .where(sql`${careUnits.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('units_with_criteria_by_ids'),
);
const unitWithCriteriaById = batched(async (db, ids: string[]) => new Map((await unitsWithCriteriaByIds(db).execute({ ids })).map((row) => [row.unit.id, row])));
const criteriaOfUnits = preparedQuery((db) => db.select().from(unitCriteria).where(sql`${unitCriteria.unitId} = any(${sql.placeholder('unitIds')}::uuid[])`).prepare('unit_criteria_of_units'));

export const unitsRepository = {
  async findById(db: Db, id: string): Promise<UnitRow | null> {
    const [row] = await unitById(db).execute({ id });
    return row ?? null;
  },

  /** A unit and its resident criteria by scope, in one query: what every check of what a resident may do there reads. */
  async findWithCriteria(db: Db, id: string): Promise<UnitWithCriteriaRows | null> {
    return (await unitWithCriteriaById(db, id)) ?? null;
  },

  async findByHsaId(db: Db, hsaId: string): Promise<UnitRow | null> {
    const [row] = await db.select().from(careUnits).where(eq(careUnits.hsaId, hsaId)).limit(1);
    return row ?? null;
  },

  async regionById(db: Db, id: string) {
    const [row] = await db.select().from(regions).where(eq(regions.id, id)).limit(1);
    return row ?? null;
  },

  listInRegion: (db: Db, regionId: string) => db.select().from(careUnits).where(eq(careUnits.regionId, regionId)).orderBy(asc(careUnits.name)),

  listByIds: (db: Db, ids: string[]) => (ids.length ? db.select().from(careUnits).where(inArray(careUnits.id, ids)).orderBy(asc(careUnits.name)) : Promise.resolve([])),

  listAll: (db: Db) => db.select().from(careUnits).orderBy(asc(careUnits.name)),

  /** Inserts a unit unless its HSA-ID is taken; null when it is. */
  async insert(db: Db, row: typeof careUnits.$inferInsert): Promise<UnitRow | null> {
    const [created] = await db.insert(careUnits).values(row).onConflictDoNothing({ target: careUnits.hsaId }).returning();
    return created ?? null;
  },

  async setFunctions(db: Db, unitId: string, functions: string[]) {
    await db.update(careUnits).set({ functions }).where(eq(careUnits.id, unitId));
  },

  criteriaOf: (db: Db, unitIds: string[]) => (unitIds.length ? criteriaOfUnits(db).execute({ unitIds }) : Promise.resolve([])),

  async putCriteria(db: Db, row: { unitId: string; scope: string; criteria: CriteriaGroup; updatedAt: Date; updatedByStaffId: string }) {
    await db
      .insert(unitCriteria)
      .values(row)
      .onConflictDoUpdate({ target: [unitCriteria.unitId, unitCriteria.scope], set: { criteria: row.criteria, updatedAt: row.updatedAt, updatedByStaffId: row.updatedByStaffId } });
  },

  async clearCriteria(db: Db, unitId: string, scope: string) {
    await db.delete(unitCriteria).where(and(eq(unitCriteria.unitId, unitId), eq(unitCriteria.scope, scope)));
  },

  appointmentTypesOf: (db: Db, unitId: string) =>
    db.select({ id: appointmentTypes.id, nameSv: appointmentTypes.nameSv, nameEn: appointmentTypes.nameEn }).from(appointmentTypes).where(eq(appointmentTypes.unitId, unitId)).orderBy(asc(appointmentTypes.nameSv)),

  appointmentTypesFull: (db: Db, unitId: string) => db.select().from(appointmentTypes).where(eq(appointmentTypes.unitId, unitId)).orderBy(asc(appointmentTypes.nameSv)),

  async insertAppointmentType(db: Db, row: typeof appointmentTypes.$inferInsert) {
    const [created] = await db.insert(appointmentTypes).values(row).returning({ id: appointmentTypes.id });
    return created!;
  },

  async updateAppointmentType(db: Db, unitId: string, typeId: string, change: Partial<typeof appointmentTypes.$inferInsert>): Promise<boolean> {
    const updated = await db
      .update(appointmentTypes)
      .set(change)
      .where(and(eq(appointmentTypes.unitId, unitId), eq(appointmentTypes.id, typeId)))
      .returning({ id: appointmentTypes.id });
    return updated.length > 0;
  },

  documentExceptionsOf: (db: Db, unitId: string) =>
    db
      .select({
        id: unitDocumentExceptions.id,
        documentKind: unitDocumentExceptions.documentKind,
        appointmentTypeId: unitDocumentExceptions.appointmentTypeId,
        appointmentTypeSv: appointmentTypes.nameSv,
        appointmentTypeEn: appointmentTypes.nameEn,
        reason: unitDocumentExceptions.reason,
        createdAt: unitDocumentExceptions.createdAt,
      })
      .from(unitDocumentExceptions)
      .leftJoin(appointmentTypes, eq(appointmentTypes.id, unitDocumentExceptions.appointmentTypeId))
      .where(eq(unitDocumentExceptions.unitId, unitId))
      .orderBy(asc(unitDocumentExceptions.createdAt)),

  async insertDocumentException(db: Db, row: typeof unitDocumentExceptions.$inferInsert) {
    const [created] = await db.insert(unitDocumentExceptions).values(row).returning({ id: unitDocumentExceptions.id });
    return created!;
  },

  /** Deletes an exception of the unit; false when the unit has no such exception. */
  async deleteDocumentException(db: Db, unitId: string, exceptionId: string): Promise<boolean> {
    const deleted = await db
      .delete(unitDocumentExceptions)
      .where(and(eq(unitDocumentExceptions.unitId, unitId), eq(unitDocumentExceptions.id, exceptionId)))
      .returning({ id: unitDocumentExceptions.id });
    return deleted.length > 0;
  },
};
