import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careUnits, unitCriteria, unitDocumentExceptions } from '../../db/schema/index.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
let eva: TestBrowser;
let per: TestBrowser;
beforeAll(async () => {
  ctx = await TestContext.create();
  eva = await ctx.staffBrowser('eva-dahl', 'Regionstyrelseförvaltningen');
  per = await ctx.staffBrowser('per-olsson', 'Visby vårdcentral');
});
afterAll(async () => ctx?.close());

const unitId = async (name: string) => (await ctx.services.units.all()).find((u) => u.name === name)!.id;
const rows = async (table: typeof careUnits | typeof unitCriteria | typeof unitDocumentExceptions) => (await ctx.database.db.select({ n: count() }).from(table))[0]!.n;
const newUnit = (hsaSuffix: string) => ({
  hsaId: `SE2321000198-${hsaSuffix}`,
  name: 'Fårö hälsostation',
  kind: 'primary_care',
  streetAddress: 'Fårö kyrkväg 1',
  postalCode: '62035',
  city: 'Fårö',
  phone: '0498-22 40 00',
  functions: ['chat', 'e_invitation'],
});
const ageAtMost = (max: number) => ({ op: 'all', items: [{ type: 'age', min: null, max }] });

describe('R-UN-1: administrators and the units they administer', () => {
  it('R-UN-1: a region administrator sees every unit of the region; a system administrator only their own', async () => {
    const all = (await eva.get('/api/admin/units')).json();
    expect(all.units).toHaveLength(9);
    expect(all.mayConnect).toBe(true);
    const own = (await per.get('/api/admin/units')).json();
    expect(own.units.map((u: { name: string }) => u.name)).toEqual(['Hemse vårdcentral', 'Visby vårdcentral']);
  });

  it('R-UN-1: connecting a unit makes it part of the region with the functions chosen; its system administrator becomes the connector', async () => {
    const created = await per.post('/api/admin/units', newUnit('E100'));
    expect(created.statusCode, created.body).toBe(201);
    const detail = (await per.get(`/api/admin/units/${created.json().id}`)).json();
    expect(detail).toMatchObject({ name: 'Fårö hälsostation', postalCode: '620 35', functions: ['chat', 'e_invitation'] });
    expect((await eva.get('/api/admin/units')).json().units.map((u: { name: string }) => u.name)).toContain('Fårö hälsostation');
  });

  it('R-UN-1: a taken HSA-ID or a bad field is refused, naming the field, and nothing is written', async () => {
    const before = await rows(careUnits);
    const taken = await eva.post('/api/admin/units', { ...newUnit('E001') });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'unit_already_connected', field: 'hsaId' });
    for (const [field, value] of [
      ['postalCode', '6203'],
      ['hsaId', 'E200'],
      ['phone', 'call us'],
      ['kind', 'spa'],
    ] as const) {
      const res = await eva.post('/api/admin/units', { ...newUnit('E201'), [field]: value });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const twice = await eva.post('/api/admin/units', { ...newUnit('E202'), functions: ['chat', 'chat'] });
    expect(twice.json().error.field).toBe('functions');
    expect(await rows(careUnits)).toBe(before);
  });

  it('R-UN-1: functions are switched on and off; an unknown function is refused and nothing changes', async () => {
    const bup = await unitId('BUP Gotland');
    expect((await eva.put(`/api/admin/units/${bup}/functions`, { functions: ['video', 'chat'] })).statusCode).toBe(204);
    expect((await eva.get(`/api/admin/units/${bup}`)).json().functions).toEqual(['video', 'chat']);
    const bad = await eva.put(`/api/admin/units/${bup}/functions`, { functions: ['video', 'teleport'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('functions.1');
    expect((await eva.get(`/api/admin/units/${bup}`)).json().functions).toEqual(['video', 'chat']);
  });

  it('R-UN-4: a system administrator cannot administer a unit where they hold no such role; an unknown unit is not found', async () => {
    const bup = await unitId('BUP Gotland');
    const refused = await per.put(`/api/admin/units/${bup}/functions`, { functions: [] });
    expect(refused.statusCode).toBe(403);
    expect((await per.get(`/api/admin/units/${bup}`)).statusCode).toBe(403);
    expect((await eva.get('/api/admin/units/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await eva.get(`/api/admin/units/${bup}`)).json().functions).not.toEqual([]);
  });

  it('R-UN-4: care staff and unit managers get none of the administration, and nothing is written', async () => {
    const visby = await unitId('Visby vårdcentral');
    const before = [await rows(careUnits), await rows(unitCriteria), await rows(unitDocumentExceptions)];
    for (const browser of [await ctx.staffBrowser('johan-holm', 'Visby vårdcentral'), await ctx.staffBrowser('karin-sjöberg', 'Visby vårdcentral')]) {
      const attempts = [
        await browser.get('/api/admin/units'),
        await browser.post('/api/admin/units', newUnit('E300')),
        await browser.get(`/api/admin/units/${visby}`),
        await browser.put(`/api/admin/units/${visby}/functions`, { functions: [] }),
        await browser.put(`/api/admin/units/${visby}/criteria/chat`, { criteria: ageAtMost(17) }),
        await browser.post(`/api/admin/units/${visby}/criteria/preview`, { scope: 'chat', resident: { birthDate: '1990-01-01', county: null, listedAtUnit: true, diagnosisCodes: [], careContact: false, lastVisitMonthsAgo: null, hasComingVisit: false } }),
        await browser.post(`/api/admin/units/${visby}/document-exceptions`, { documentKind: 'e_letter', appointmentTypeId: null, reason: 'Pappersbrev' }),
        await browser.get('/api/admin/statistics'),
      ];
      expect(attempts.map((r) => `${r.statusCode} ${r.json().error.code}`)).toEqual(attempts.map(() => '403 role_not_permitted'));
    }
    expect([await rows(careUnits), await rows(unitCriteria), await rows(unitDocumentExceptions)]).toEqual(before);
  });
});

describe('R-UN-2: resident criteria per unit and function', () => {
  it('R-UN-2: criteria are stored per scope; criteria that admit everyone are stored as none', async () => {
    const slite = await unitId('Slite vårdcentral');
    expect((await eva.put(`/api/admin/units/${slite}/criteria/chat`, { criteria: ageAtMost(17) })).statusCode).toBe(204);
    const detail = (await eva.get(`/api/admin/units/${slite}`)).json();
    const chat = detail.criteria.find((c: { scope: string }) => c.scope === 'chat');
    expect(chat.criteria).toEqual(ageAtMost(17));
    expect(chat.updatedAt).toBe(ctx.clock.now().toISOString());
    expect(detail.criteria.map((c: { scope: string }) => c.scope)).toEqual(['unit', 'video', 'chat', 'self_booking', 'e_invitation', 'e_letter', 'referral_confirmation']);
    expect((await eva.put(`/api/admin/units/${slite}/criteria/chat`, { criteria: { op: 'all', items: [] } })).statusCode).toBe(204);
    const cleared = (await eva.get(`/api/admin/units/${slite}`)).json().criteria.find((c: { scope: string }) => c.scope === 'chat');
    expect(cleared).toEqual({ scope: 'chat', criteria: { op: 'all', items: [] }, updatedAt: null });
  });

  it('R-UN-2: impossible criteria are refused, naming the field, and the saved ones stay', async () => {
    const roma = await unitId('Roma vårdcentral');
    await eva.put(`/api/admin/units/${roma}/criteria/unit`, { criteria: ageAtMost(80) });
    const cases = [
      [{ op: 'all', items: [{ type: 'age', min: 40, max: 20 }] }, 'criteria.items.0'],
      [{ op: 'all', items: [{ type: 'diagnosis', codes: ['diabetes'] }] }, 'criteria.items.0.codes.0'],
      [{ op: 'both', items: [] }, 'criteria.op'],
      [{ op: 'any', items: [{ type: 'earlier_visit', withinMonths: 0 }] }, 'criteria.items.0.withinMonths'],
    ] as const;
    for (const [criteria, field] of cases) {
      const res = await eva.put(`/api/admin/units/${roma}/criteria/unit`, { criteria });
      expect(res.statusCode, JSON.stringify(criteria)).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    expect((await eva.put(`/api/admin/units/${roma}/criteria/everything`, { criteria: ageAtMost(3) })).json().error.field).toBe('scope');
    expect((await eva.get(`/api/admin/units/${roma}`)).json().criteria[0].criteria).toEqual(ageAtMost(80));
  });

  it('R-UN-2: the preview tries a draft against a made-up resident, criterion by criterion, with the unit-wide criteria too', async () => {
    const hemse = await unitId('Hemse vårdcentral');
    await per.put(`/api/admin/units/${hemse}/criteria/unit`, { criteria: { op: 'all', items: [{ type: 'county', counties: ['Gotlands län'] }] } });
    const resident = { birthDate: '1996-11-22', county: 'Gotlands län', listedAtUnit: true, diagnosisCodes: ['E11.9'], careContact: true, lastVisitMonthsAgo: 5, hasComingVisit: false };
    const draft = { op: 'any', items: [ageAtMost(17), { type: 'diagnosis', codes: ['E11'] }] };
    const res = await per.post(`/api/admin/units/${hemse}/criteria/preview`, { scope: 'chat', criteria: draft, resident });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      meets: true,
      parts: [
        { scope: 'unit', result: { op: 'all', met: true, items: [{ criterion: { type: 'county', counties: ['Gotlands län'] }, met: true }] } },
        {
          scope: 'chat',
          result: {
            op: 'any',
            met: true,
            items: [
              { op: 'all', met: false, items: [{ criterion: { type: 'age', min: null, max: 17 }, met: false }] },
              { criterion: { type: 'diagnosis', codes: ['E11'] }, met: true },
            ],
          },
        },
      ],
    });
    const elsewhere = await per.post(`/api/admin/units/${hemse}/criteria/preview`, { scope: 'chat', criteria: draft, resident: { ...resident, county: 'Stockholms län' } });
    expect(elsewhere.json().meets).toBe(false);
    const unborn = await per.post(`/api/admin/units/${hemse}/criteria/preview`, { scope: 'chat', resident: { ...resident, birthDate: '2030-01-01' } });
    expect(unborn.statusCode).toBe(400);
    expect(unborn.json().error.field).toBe('resident.birthDate');
  });
});

describe('R-DC-5: local e-document exceptions', () => {
  it('R-DC-5: an exception is added for a kind and an appointment type of the unit, listed, and removed', async () => {
    const medicin = await unitId('Medicinmottagningen, Visby lasarett');
    const type = (await eva.get(`/api/admin/units/${medicin}`)).json().appointmentTypes[0];
    const added = await eva.post(`/api/admin/units/${medicin}/document-exceptions`, { documentKind: 'e_invitation', appointmentTypeId: type.id, reason: 'Kallelsen innehåller provtagningsinstruktioner på papper' });
    expect(added.statusCode, added.body).toBe(201);
    const listed = (await eva.get(`/api/admin/units/${medicin}`)).json().documentExceptions;
    expect(listed).toEqual([expect.objectContaining({ id: added.json().id, documentKind: 'e_invitation', appointmentType: type })]);
    // Another unit's path does not reach this exception.
    const bup = await unitId('BUP Gotland');
    expect((await eva.delete(`/api/admin/units/${bup}/document-exceptions/${added.json().id}`)).statusCode).toBe(404);
    expect((await eva.delete(`/api/admin/units/${medicin}/document-exceptions/${added.json().id}`)).statusCode).toBe(204);
    expect((await eva.get(`/api/admin/units/${medicin}`)).json().documentExceptions).toEqual([]);
  });

  it('R-DC-5: an appointment type of another unit, or no reason, is refused and nothing is written', async () => {
    const medicin = await unitId('Medicinmottagningen, Visby lasarett');
    const bupType = (await eva.get(`/api/admin/units/${await unitId('BUP Gotland')}`)).json().appointmentTypes[0];
    const before = await rows(unitDocumentExceptions);
    const foreign = await eva.post(`/api/admin/units/${medicin}/document-exceptions`, { documentKind: 'e_letter', appointmentTypeId: bupType.id, reason: 'Fel enhet' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('appointmentTypeId');
    const silent = await eva.post(`/api/admin/units/${medicin}/document-exceptions`, { documentKind: 'e_letter', appointmentTypeId: null, reason: ' ' });
    expect(silent.json().error.field).toBe('reason');
    expect(await rows(unitDocumentExceptions)).toBe(before);
  });
});

describe('R-UN-1: connected units', () => {
  it('connected units keep their HSA-ID unique in the database', async () => {
    const [row] = await ctx.database.db.select({ n: count() }).from(careUnits).where(eq(careUnits.hsaId, 'SE2321000198-E001'));
    expect(row!.n).toBe(1);
  });
});
