import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, residents } from '../../db/schema/index.ts';
import { residentId, TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => ctx?.close());

const auditCount = async () => (await ctx.database.db.select({ n: count() }).from(auditEvents))[0]!.n;
const idOf = async (key: string) => (await ctx.database.db.select({ id: residents.id }).from(residents).where(eq(residents.identifier, residentId(key))))[0]!.id;

describe('a resident’s own data', () => {
  it('R-BK-1: a resident sees upcoming and past bookings with unit, address, time, kind, practitioner and preparation', async () => {
    const anna = await ctx.residentBrowser('anna');
    const res = await anna.get('/api/me/bookings');
    expect(res.statusCode).toBe(200);
    const { upcoming, past } = res.json();
    // Anna's video meeting of today (the demo's waiting room) comes first.
    expect(upcoming.map((b: { appointmentType: { sv: string } }) => b.appointmentType.sv)).toEqual(['Videobesök', 'Läkarbesök', 'Videobesök']);
    expect(upcoming[1]).toMatchObject({
      mode: 'visit',
      unit: { name: 'Visby vårdcentral', streetAddress: 'Stenkumlaväg 39', city: 'Visby' },
      practitioner: { name: 'Maria Ek', profession: 'physician' },
    });
    expect(upcoming[1].preparation.sv).toMatch(/fastande/);
    expect(upcoming[1].unit.mapUrl).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
    expect(upcoming[0].mode).toBe('video');
    expect(upcoming[2].mode).toBe('video');
    expect(past.map((b: { appointmentType: { sv: string } }) => b.appointmentType.sv)).toEqual(['Sjuksköterskebesök', 'Vaccination mot influensa']);
  });

  it('R-BK-2: a booking of a hidden appointment type is not shown to the resident', async () => {
    const anna = await ctx.residentBrowser('anna');
    const all = [...(await anna.get('/api/me/bookings')).json().upcoming, ...(await anna.get('/api/me/bookings')).json().past];
    expect(all.some((b: { appointmentType: { sv: string } }) => b.appointmentType.sv.includes('beroendeteam'))).toBe(false);
  });

  it('R-BK-3: a resident with protected identity sees no bookings in the app', async () => {
    const sara = await ctx.residentBrowser('sara');
    expect((await sara.get('/api/me/bookings')).json()).toEqual({ upcoming: [], past: [] });
  });

  it('a resident reaches only their own data: staff routes are refused', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const anna = await idOf('anna');
    expect((await jonas.get(`/api/staff/residents/${anna}`)).statusCode).toBe(403);
    expect((await jonas.post('/api/staff/residents/search', { identifier: residentId('anna') })).statusCode).toBe(403);
    const own = (await jonas.get('/api/me')).json();
    expect(own.givenName).toBe('Jonas');
  });
});

describe('staff reading resident data', () => {
  it('R-IN-2: staff find a resident of their unit; the search is logged and the resident sees who read it', async () => {
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const before = await auditCount();
    const res = await maria.post('/api/staff/residents/search', { identifier: residentId('anna').replace(/^(\d{8})/, '$1-') });
    expect(res.statusCode).toBe(200);
    expect(res.json().results).toEqual([expect.objectContaining({ givenName: 'Anna', familyName: 'Lindqvist', identifierKind: 'personnummer' })]);
    expect(await auditCount()).toBe(before + 1);

    ctx.clock.advance(5_000);
    const overview = await maria.get(`/api/staff/residents/${res.json().results[0].id}`);
    expect(overview.statusCode).toBe(200);
    expect(overview.json().account).toMatchObject({ state: 'active' });
    expect(overview.json().resident.listingUnitName).toBe('Visby vårdcentral');
    expect(overview.json().bookings.some((b: { hiddenType: boolean }) => b.hiddenType)).toBe(true);
    expect(await auditCount()).toBe(before + 2);

    const anna = await ctx.residentBrowser('anna');
    const log = (await anna.get('/api/me/access-log')).json().entries;
    expect(log[0]).toMatchObject({ staffName: 'Maria Ek', profession: 'physician', role: 'staff', unitName: 'Visby vårdcentral', action: 'resident_overview' });
    expect(log[1]).toMatchObject({ action: 'resident_search' });
  });

  it('staff of a unit without a care relation find nothing and can open nothing, and nothing is logged', async () => {
    const ahmed = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    const before = await auditCount();
    const search = await ahmed.post('/api/staff/residents/search', { identifier: residentId('anna') });
    expect(search.json()).toEqual({ results: [] });
    const open = await ahmed.get(`/api/staff/residents/${await idOf('anna')}`);
    expect(open.statusCode).toBe(404);
    expect(await auditCount()).toBe(before);
  });

  it('a booking at the unit is a care relation even when the resident is listed elsewhere', async () => {
    const emil = await ctx.staffBrowser('emil-strand', 'Vaccinationsmottagningen Visby');
    expect((await emil.post('/api/staff/residents/search', { identifier: residentId('anna') })).json().results).toHaveLength(1);
  });

  it('an unknown personnummer and an unrelated one give the same answer', async () => {
    const ahmed = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    const unknown = await ahmed.post('/api/staff/residents/search', { identifier: '191212121212' });
    const unrelated = await ahmed.post('/api/staff/residents/search', { identifier: residentId('anna') });
    expect(unknown.json()).toEqual(unrelated.json());
  });

  it('R-ID-3: a malformed personnummer is refused naming the field, and nothing is logged', async () => {
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const before = await auditCount();
    for (const identifier of ['19850314-1238', '19850230-1234', 'abc', '']) {
      const res = await maria.post('/api/staff/residents/search', { identifier });
      expect(res.statusCode, identifier).toBe(400);
      expect(res.json().error.field).toBe('identifier');
    }
    expect(await auditCount()).toBe(before);
  });

  it('R-ID-3: a resident with a reserve number can be found by it', async () => {
    const birgitta = await ctx.staffBrowser('birgitta-nord', 'Medicinmottagningen, Visby lasarett');
    const res = await birgitta.post('/api/staff/residents/search', { identifier: '19700101-R001' });
    expect(res.json().results).toEqual([expect.objectContaining({ givenName: 'Yusuf', identifierKind: 'reserve' })]);
  });

  it('protected identity is flagged and contact details are withheld', async () => {
    const ahmed = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    const overview = (await ahmed.get(`/api/staff/residents/${await idOf('sara')}`)).json();
    expect(overview.resident.protectedIdentity).toBe(true);
    expect(overview.resident.mobileNumber).toBeNull();
  });

  it('R-ID-5: other units see that an account is blocked, with the reason, in the overview', async () => {
    const mats = await ctx.staffBrowser('mats-ström', 'Slite vårdcentral');
    const overview = (await mats.get(`/api/staff/residents/${await idOf('lars')}`)).json();
    expect(overview.account).toMatchObject({ state: 'blocked', blockedReason: 'terms_misuse' });
  });

  it('R-UN-4: a system administrator or region administrator role alone gives no access to residents', async () => {
    const per = await ctx.staffBrowser('per-olsson', 'Visby vårdcentral');
    const res = await per.post('/api/staff/residents/search', { identifier: residentId('anna') });
    expect(res.statusCode).toBe(403);
    const eva = await ctx.staffBrowser('eva-dahl');
    expect((await eva.get(`/api/staff/residents/${await idOf('anna')}`)).statusCode).toBe(403);
  });

  it('staff with several units must choose one first, and only one where they hold a role', async () => {
    const maria = await ctx.staffBrowser('maria-ek');
    const res = await maria.post('/api/staff/residents/search', { identifier: residentId('anna') });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/unit/);
    const otherUnit = (await ctx.staffBrowser('henrik-höök')).get('/api/staff/me');
    const bup = (await otherUnit).json().units[0].id;
    const refused = await maria.post('/api/staff/active-unit', { unitId: bup });
    expect(refused.statusCode).toBe(403);
    expect((await maria.post('/api/staff/active-unit', { unitId: 'not-a-uuid' })).json().error.field).toBe('unitId');
  });

  it('an unknown or malformed resident id is refused clearly', async () => {
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    expect((await maria.get('/api/staff/residents/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const malformed = await maria.get('/api/staff/residents/123');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.field).toBe('residentId');
  });
});
