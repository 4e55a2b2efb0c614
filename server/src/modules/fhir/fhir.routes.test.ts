import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FHIR_SYSTEMS } from '../../../../contracts/fhir.ts';
import { bookings, residents } from '../../db/schema/index.ts';
import { makeIdentifier } from '../identity/identifier.rules.ts';
import { demoStaff, demoUnits } from '../../seed/demo-people.ts';
import { residentId, TEST_EHR_TOKEN, TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => ctx?.close());

const hsa = (key: string) => demoUnits.find((u) => u.key === key)!.hsaId;
const appointment = (over: Record<string, unknown> = {}, patient = residentId('jonas')) => ({
  resourceType: 'Appointment',
  status: 'booked',
  appointmentType: { coding: [{ system: FHIR_SYSTEMS.appointmentType, code: 'LAK' }] },
  start: '2026-12-02T08:00:00+01:00',
  end: '2026-12-02T08:30:00+01:00',
  patientInstruction: 'Ta med dina läkemedel.',
  participant: [
    { actor: { type: 'Patient', identifier: { system: FHIR_SYSTEMS.samordningsnummer, value: patient } }, status: 'accepted' },
    { actor: { type: 'Organization', identifier: { system: FHIR_SYSTEMS.hsaId, value: hsa('visby-vc') } }, status: 'accepted' },
    { actor: { type: 'Practitioner', identifier: { system: FHIR_SYSTEMS.hsaId, value: demoStaff.find((s) => s.key === 'maria-ek')!.hsaId } }, status: 'accepted' },
  ],
  ...over,
});
const send = (method: 'PUT' | 'POST', url: string, body: unknown, token = TEST_EHR_TOKEN) =>
  ctx.app.inject({ method, url, payload: JSON.stringify(body), headers: { 'content-type': 'application/fhir+json', authorization: `Bearer ${token}` } });
const put = (id: string, body: unknown, token?: string) => send('PUT', `/api/fhir/r4/Appointment/${id}`, body, token);
const countOf = async (ehrId: string) => (await ctx.database.db.select({ n: count() }).from(bookings).where(eq(bookings.ehrId, ehrId)))[0]!.n;
const all = async () => (await ctx.database.db.select({ n: count() }).from(bookings))[0]!.n;

describe('R-IN-1: bookings from the EHR over FHIR R4', () => {
  it('R-IN-1: an Appointment becomes the resident’s booking, with unit, practitioner and preparation', async () => {
    const res = await put('ehr-1001', appointment());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    expect(res.json()).toMatchObject({ resourceType: 'Appointment', id: 'ehr-1001' });
    const jonas = await ctx.residentBrowser('jonas');
    const booking = (await jonas.get('/api/me/bookings')).json().upcoming.find((b: { startsAt: string }) => b.startsAt === '2026-12-02T07:00:00.000Z');
    expect(booking).toMatchObject({ mode: 'visit', status: 'booked', unit: { name: 'Visby vårdcentral' }, practitioner: { name: 'Maria Ek' }, preparation: { sv: 'Ta med dina läkemedel.' } });
  });

  it('R-IN-1: the same Appointment sent again changes nothing; a change updates the booking; a cancellation cancels it', async () => {
    await put('ehr-1002', appointment());
    const before = await all();
    const again = await put('ehr-1002', appointment());
    expect(again.statusCode).toBe(200);
    expect(await all()).toBe(before);
    expect(await countOf('ehr-1002')).toBe(1);
    expect((await put('ehr-1002', appointment({ start: '2026-12-03T09:00:00Z', end: '2026-12-03T09:30:00Z' }))).statusCode).toBe(200);
    const [moved] = await ctx.database.db.select().from(bookings).where(eq(bookings.ehrId, 'ehr-1002'));
    expect(moved!.startsAt.toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect((await put('ehr-1002', appointment({ status: 'cancelled', start: '2026-12-03T09:00:00Z', end: '2026-12-03T09:30:00Z' }))).statusCode).toBe(200);
    const [cancelled] = await ctx.database.db.select().from(bookings).where(eq(bookings.ehrId, 'ehr-1002'));
    expect(cancelled!.status).toBe('cancelled');
    expect(await all()).toBe(before);
  });

  it('R-IN-1: a malformed Appointment is answered with an OperationOutcome naming the element, and nothing is written', async () => {
    const before = await all();
    const cases: [unknown, string][] = [
      [{ ...appointment(), start: 'tomorrow' }, 'Appointment.start'],
      [{ ...appointment(), status: 'maybe' }, 'Appointment.status'],
      [{ ...appointment(), resourceType: 'Patient' }, 'Appointment.resourceType'],
      [appointment({ end: '2026-12-02T06:00:00Z' }), 'Appointment.end'],
      [appointment({ appointmentType: { text: 'Läkarbesök' } }), 'Appointment.appointmentType'],
      [appointment({ participant: [{ actor: { type: 'Patient', identifier: { system: 'urn:other', value: '1' } }, status: 'accepted' }] }), 'Appointment.participant'],
    ];
    for (const [body, expression] of cases) {
      const res = await put('ehr-bad', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json().resourceType).toBe('OperationOutcome');
      expect(res.json().issue.map((i: { expression: string[] }) => i.expression[0])).toContain(expression);
    }
    const notJson = await ctx.app.inject({ method: 'PUT', url: '/api/fhir/r4/Appointment/x1', payload: '{not json', headers: { 'content-type': 'application/fhir+json', authorization: `Bearer ${TEST_EHR_TOKEN}` } });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().resourceType).toBe('OperationOutcome');
    expect(await all()).toBe(before);
  });

  it('R-IN-1: an unknown patient, unit or appointment type, or video where the type does not allow it, is refused (422) and nothing is written', async () => {
    const before = await all();
    const refusals: [unknown, string, string][] = [
      [appointment({}, '191212121212'), 'not-found', 'Appointment.participant'],
      [appointment({ participant: [appointment().participant[0], { actor: { type: 'Organization', identifier: { system: FHIR_SYSTEMS.hsaId, value: 'SE2321000198-X999' } }, status: 'accepted' }] }), 'not-found', 'Appointment.participant'],
      [appointment({ appointmentType: { coding: [{ system: FHIR_SYSTEMS.appointmentType, code: 'NOPE' }] } }), 'not-found', 'Appointment.appointmentType'],
      [appointment({ serviceType: [{ coding: [{ system: FHIR_SYSTEMS.contactMode, code: 'video' }] }] }), 'business-rule', 'Appointment.serviceType'],
    ];
    for (const [body, code, expression] of refusals) {
      const res = await put('ehr-refused', body);
      expect(res.statusCode).toBe(422);
      expect(res.json().issue[0]).toMatchObject({ code, expression: [expression] });
    }
    expect(await all()).toBe(before);
  });

  it('R-IN-1: a person the service has not met yet is taken from the population register', async () => {
    const newcomer = makeIdentifier('1999-03-03', 42);
    ctx.register.add({ identifier: newcomer, givenName: 'Nora', familyName: 'Ny', birthDate: '1999-03-03', protectedIdentity: false, county: 'Gotlands län', childIdentifiers: [] });
    const patient = { actor: { type: 'Patient', identifier: { system: FHIR_SYSTEMS.personnummer, value: newcomer } }, status: 'accepted' };
    const res = await put('ehr-1003', appointment({ participant: [patient, appointment().participant[1]] }));
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await ctx.database.db.select().from(bookings).where(eq(bookings.ehrId, 'ehr-1003'));
    const [person] = await ctx.database.db.select().from(residents).where(eq(residents.id, row!.residentId));
    expect(person).toMatchObject({ identifier: newcomer, givenName: 'Nora', registeredCounty: 'Gotlands län' });
  });

  it('R-IN-1: without the EHR’s token the endpoint answers 401 with an OperationOutcome', async () => {
    for (const token of ['wrong-token', '']) {
      const res = await put('ehr-1004', appointment(), token);
      expect(res.statusCode).toBe(401);
      expect(res.json().resourceType).toBe('OperationOutcome');
    }
    expect(await countOf('ehr-1004')).toBe(0);
  });

  it('R-IN-1: a transaction bundle is taken whole, or not at all with the failing entry named', async () => {
    const entry = (id: string, resource: unknown) => ({ resource, request: { method: 'PUT', url: `Appointment/${id}` } });
    const ok = await send('POST', '/api/fhir/r4', { resourceType: 'Bundle', type: 'transaction', entry: [entry('ehr-2001', appointment()), entry('ehr-2002', appointment({ start: '2026-12-04T08:00:00Z', end: '2026-12-04T08:20:00Z' }))] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().entry.map((e: { response: { status: string } }) => e.response.status)).toEqual(['201 Created', '201 Created']);
    const before = await all();
    const bad = await send('POST', '/api/fhir/r4', { resourceType: 'Bundle', type: 'transaction', entry: [entry('ehr-2003', appointment()), entry('ehr-2004', { ...appointment(), end: 'soon' })] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issue[0].expression[0]).toBe('Bundle.entry[1].resource.end');
    const refused = await send('POST', '/api/fhir/r4', { resourceType: 'Bundle', type: 'transaction', entry: [entry('ehr-2005', appointment()), entry('ehr-2006', appointment({}, '191212121212'))] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().issue[0].expression[0]).toBe('Bundle.entry[1].resource.participant');
    expect(await all()).toBe(before);
    expect(await countOf('ehr-2005')).toBe(0);
  });
});

describe('R-IN-1: reading the EHR at sign-in', () => {
  it('R-IN-1: appointments the feed has not brought arrive when the resident signs in, once', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    const [row] = await ctx.database.db.select().from(bookings).where(eq(bookings.ehrId, 'demo-ehr-1'));
    expect(row).toBeDefined();
    expect((await jonas.get('/api/me/bookings')).json().upcoming.map((b: { id: string }) => b.id)).toContain(row!.id);
    await ctx.residentBrowser('jonas');
    expect(await countOf('demo-ehr-1')).toBe(1);
  });
});
