import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoUnits } from '../../seed/demo-people.ts';
import { residentDbId } from '../../testing/residents-by-key.ts';
import type { TestBrowser } from '../../testing/test-browser.ts';
import { residentId, TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
let eva: TestBrowser;
beforeAll(async () => {
  ctx = await TestContext.create();
  eva = await ctx.staffBrowser('eva-dahl', 'Regionstyrelseförvaltningen');
});
afterAll(async () => ctx?.close());

const unitId = async (name: string) => (await ctx.services.units.all()).find((u) => u.name === name)!.id;
type Offered = { name: string; functions: string[]; listedHere: boolean };
const offered = async (browser: TestBrowser) => {
  const res = await browser.get('/api/me/care-units');
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries((res.json().units as Offered[]).map((u) => [u.name, u.functions]));
};
const setCriteria = async (unit: string, scope: string, criteria: unknown) => expect((await eva.put(`/api/admin/units/${await unitId(unit)}/criteria/${scope}`, { criteria })).statusCode).toBe(204);
const setFunctions = async (unit: string, functions: string[]) => expect((await eva.put(`/api/admin/units/${await unitId(unit)}/functions`, { functions })).statusCode).toBe(204);

beforeEach(() => {
  ctx.listings.relist(residentId('jonas'), demoUnits.find((u) => u.key === 'visby-vc')!.hsaId);
});

describe('R-MS-10: listing decides which health centre a resident can contact', () => {
  it('R-MS-10: a resident is offered the centre they are listed at and no other centre', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const units = await offered(jonas);
    expect(units['Visby vårdcentral']).toEqual(['chat']);
    for (const other of ['Hemse vårdcentral', 'Slite vårdcentral', 'Roma vårdcentral']) expect(units).not.toHaveProperty([other]);
    expect((await jonas.get('/api/me/care-units')).json().listingUnitName).toBe('Visby vårdcentral');
  });

  it('R-MS-10: the server refuses a centre the resident is not listed at, and names why', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const hemse = await jonas.get(`/api/me/care-units/${await unitId('Hemse vårdcentral')}`);
    expect(hemse.statusCode).toBe(403);
    expect(hemse.json().error.code).toBe('not_listed_here');
    expect((await jonas.get(`/api/me/care-units/${await unitId('Visby vårdcentral')}`)).json()).toMatchObject({ name: 'Visby vårdcentral', listedHere: true });
    expect((await jonas.get('/api/me/care-units/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('R-UN-3: a new listing in the listing register takes effect at the next sign-in', async () => {
    ctx.listings.relist(residentId('jonas'), demoUnits.find((u) => u.key === 'hemse-vc')!.hsaId);
    const jonas = await ctx.residentBrowser('jonas');
    const units = await offered(jonas);
    expect(units['Hemse vårdcentral']).toEqual(['chat']);
    expect(units).not.toHaveProperty(['Visby vårdcentral']);
  });

  it('R-UN-3: a resident listed nowhere is offered no health centre, and other units still', async () => {
    ctx.listings.relist(residentId('jonas'), null);
    const jonas = await ctx.residentBrowser('jonas');
    const units = await offered(jonas);
    expect(Object.keys(units).filter((name) => name.endsWith('vårdcentral'))).toEqual([]);
    expect(units['Vaccinationsmottagningen Visby']).toEqual(['self_booking']);
    expect((await jonas.get('/api/me/care-units')).json().listingUnitName).toBeNull();
  });
});

describe('R-UN-1/R-UN-2: functions and criteria decide what a resident is offered', () => {
  it('R-UN-2: an age criterion on a unit’s chat takes the chat away from residents outside it, at once', async () => {
    await setFunctions('BUP Gotland', ['video', 'chat', 'e_invitation', 'e_letter']);
    const jonas = await ctx.residentBrowser('jonas');
    expect((await offered(jonas))['BUP Gotland']).toEqual(['chat']);
    await setCriteria('BUP Gotland', 'chat', { op: 'all', items: [{ type: 'age', min: null, max: 17 }] });
    expect(await offered(jonas)).not.toHaveProperty(['BUP Gotland']);
    const refused = await jonas.get(`/api/me/care-units/${await unitId('BUP Gotland')}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('unit_not_offered');
  });

  it('R-UN-2: a proxy is offered what the child may use, judged on the child', async () => {
    await setFunctions('BUP Gotland', ['video', 'chat', 'e_invitation', 'e_letter']);
    await setCriteria('BUP Gotland', 'chat', { op: 'all', items: [{ type: 'age', min: null, max: 17 }] });
    const anna = await ctx.residentBrowser('anna');
    expect(await offered(anna)).not.toHaveProperty(['BUP Gotland']);
    await anna.post('/api/me/acting-for', { residentId: await residentDbId(ctx.database.db, 'elsa') });
    const elsas = await offered(anna);
    expect(elsas['BUP Gotland']).toEqual(['chat']);
    // The midwives’ chat is for 15–55-year-olds: Anna, not Elsa.
    expect(elsas).not.toHaveProperty(['Barnmorskemottagningen Visby']);
  });

  it('R-UN-2: unit-wide criteria apply to every function, and county comes from the population register', async () => {
    const r4 = await ctx.residentBrowser('r4');
    expect(await offered(r4)).not.toHaveProperty(['Vaccinationsmottagningen Visby']);
    const jonas = await ctx.residentBrowser('jonas');
    expect((await offered(jonas))['Vaccinationsmottagningen Visby']).toEqual(['self_booking']);
    await setCriteria('Vaccinationsmottagningen Visby', 'unit', { op: 'all', items: [{ type: 'diagnosis', codes: ['J45'] }] });
    expect((await offered(jonas))['Vaccinationsmottagningen Visby']).toEqual(['self_booking']);
    await setCriteria('Vaccinationsmottagningen Visby', 'unit', { op: 'all', items: [{ type: 'diagnosis', codes: ['E11'] }] });
    expect(await offered(jonas)).not.toHaveProperty(['Vaccinationsmottagningen Visby']);
    await setCriteria('Vaccinationsmottagningen Visby', 'unit', { op: 'all', items: [] });
  });

  it('R-UN-1: a function switched off is offered to nobody; the centre one is listed at is still shown', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    await setFunctions('Visby vårdcentral', ['video', 'self_booking']);
    expect((await offered(jonas))['Visby vårdcentral']).toEqual(['self_booking']);
    await setFunctions('Visby vårdcentral', ['video']);
    expect((await offered(jonas))['Visby vårdcentral']).toEqual([]);
    await setFunctions('Visby vårdcentral', ['video', 'chat', 'e_invitation', 'e_letter', 'referral_confirmation']);
    expect((await offered(jonas))['Visby vårdcentral']).toEqual(['chat']);
  });
});
