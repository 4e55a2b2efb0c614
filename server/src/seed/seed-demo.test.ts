import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.ts';
import { residentBlocks, bookings, careUnits, guardianships, residents, staff, staffRoles } from '../db/schema/index.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { ageOn } from '../modules/identity/identifier.rules.ts';
import { seedDemoData } from './seed-demo.ts';

let database: Database;
const now = new Date('2026-11-22T09:00:00Z');
beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData(database.db, now);
});
afterAll(async () => database?.close());

describe('the demo region', () => {
  it('has at least 8 units of the kinds the issue names', async () => {
    const units = await database.db.select().from(careUnits);
    expect(units.length).toBeGreaterThanOrEqual(8);
    const kinds = units.map((u) => u.kind);
    expect(kinds.filter((k) => k === 'primary_care').length).toBeGreaterThanOrEqual(2);
    for (const kind of ['child_psychiatry', 'vaccination', 'hospital_clinic']) expect(kinds).toContain(kind);
    expect(units.find((u) => u.kind === 'vaccination')!.functions).toContain('self_booking');
  });

  it('has 15+ staff of several professions holding every role', async () => {
    const people = await database.db.select().from(staff);
    expect(people.length).toBeGreaterThanOrEqual(15);
    expect(new Set(people.map((p) => p.profession)).size).toBeGreaterThanOrEqual(5);
    const roles = new Set((await database.db.select({ role: staffRoles.role }).from(staffRoles)).map((r) => r.role));
    expect([...roles].sort()).toEqual(['region_admin', 'staff', 'system_admin', 'unit_manager']);
  });

  it('has 30+ residents including children under 13 and aged 13–16 with guardians, protected identity, a reserve number and a blocked account', async () => {
    const people = await database.db.select().from(residents);
    expect(people.length).toBeGreaterThanOrEqual(30);
    const children = people.filter((p) => ageOn(p.birthDate, now) < 13);
    const teens = people.filter((p) => ageOn(p.birthDate, now) >= 13 && ageOn(p.birthDate, now) < 16);
    expect(children.length).toBeGreaterThanOrEqual(1);
    expect(teens.length).toBeGreaterThanOrEqual(1);
    const links = await database.db.select().from(guardianships);
    for (const child of [...children, ...teens]) expect(links.some((l) => l.childId === child.id)).toBe(true);
    expect(people.some((p) => p.protectedIdentity)).toBe(true);
    expect(people.some((p) => p.identifierKind === 'reserve')).toBe(true);
    expect(people.some((p) => p.identifierKind === 'samordningsnummer')).toBe(true);
    const [blocked] = await database.db.select({ n: count() }).from(residentBlocks);
    expect(blocked!.n).toBeGreaterThanOrEqual(1);
  });

  it('has bookings in the past and the future', async () => {
    const [row] = await database.db
      .select({ past: sql<number>`count(*) filter (where ${bookings.startsAt} < ${now.toISOString()})`, future: sql<number>`count(*) filter (where ${bookings.startsAt} >= ${now.toISOString()})` })
      .from(bookings);
    expect(Number(row!.past)).toBeGreaterThan(0);
    expect(Number(row!.future)).toBeGreaterThan(0);
  });
});
