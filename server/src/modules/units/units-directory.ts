import { eq } from 'drizzle-orm';
import type { UnitFunction, UnitKind } from '../../../../contracts/enums.ts';
import type { Db } from '../../db/client.ts';
import { countByMonth, type MonthCounts, type MonthRange } from '../../db/month-counts.ts';
import { careUnits } from '../../db/schema/index.ts';
import { type UnitRow, unitsRepository } from './units.repository.ts';

export interface Unit {
  id: string;
  regionId: string;
  hsaId: string;
  name: string;
  kind: UnitKind;
  functions: UnitFunction[];
  streetAddress: string;
  postalCode: string;
  city: string;
  phone: string;
  connectedAt: Date;
}

export const toUnit = (row: UnitRow): Unit => ({ ...row, kind: row.kind as UnitKind, functions: row.functions as UnitFunction[] });

/** Read access to the connected units for the other modules. */
export class UnitsDirectory {
  constructor(private readonly db: Db) {}

  async byId(id: string, db: Db = this.db): Promise<Unit | null> {
    const row = await unitsRepository.findById(db, id);
    return row ? toUnit(row) : null;
  }

  async byHsaId(hsaId: string, db: Db = this.db): Promise<Unit | null> {
    const row = await unitsRepository.findByHsaId(db, hsaId);
    return row ? toUnit(row) : null;
  }

  async all(): Promise<Unit[]> {
    return (await unitsRepository.listAll(this.db)).map(toUnit);
  }

  async region(regionId: string): Promise<{ id: string; name: string }> {
    const region = await unitsRepository.regionById(this.db, regionId);
    if (!region) throw new Error(`Region ${regionId} is missing`);
    return region;
  }

  async inRegion(regionId: string): Promise<Unit[]> {
    return (await unitsRepository.listInRegion(this.db, regionId)).map(toUnit);
  }

  /** R-DC-5: the unit's local exceptions: documents of these kinds (and appointment types) never go electronically. */
  async documentExceptions(unitId: string, db: Db = this.db): Promise<{ documentKind: string; appointmentTypeId: string | null }[]> {
    return unitsRepository.documentExceptionsOf(db, unitId);
  }

  /** R-UN-5: units connected, by month of connection. */
  async connectedByMonth(regionId: string, months: MonthRange): Promise<MonthCounts> {
    return countByMonth(this.db, careUnits, careUnits.connectedAt, months, eq(careUnits.regionId, regionId));
  }
}
