import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { residentDbId } from '../../testing/residents-by-key.ts';
import { residentId, TEST_START, TestContext } from '../../testing/test-context.ts';

let ctx: TestContext;
const id = (key: string) => residentDbId(ctx.database.db, key);
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => ctx?.close());
beforeEach(() => ctx.clock.set(TEST_START));

describe('R-PX-5: acting for someone', () => {
  it('R-PX-5: a guardian sees each child they may act for, switches to a child and back', async () => {
    const anna = await ctx.residentBrowser('anna');
    const represented = (await anna.get('/api/me/represented')).json();
    expect(represented.actingFor).toBe(represented.self.residentId);
    expect(represented.people.map((p: { givenName: string; kind: string }) => [p.givenName, p.kind])).toEqual([
      ['Elsa', 'guardian'],
      ['Oskar', 'guardian_special_need'],
    ]);
    const elsa = await id('elsa');
    expect((await anna.post('/api/me/acting-for', { residentId: elsa })).statusCode).toBe(204);
    expect((await anna.get('/api/me/represented')).json().actingFor).toBe(elsa);
    const bookings = (await anna.get('/api/me/bookings')).json();
    expect(bookings.upcoming.map((b: { unit: { name: string } }) => b.unit.name)).toEqual(['BUP Gotland']);
    expect((await anna.post('/api/me/acting-for', { residentId: represented.self.residentId })).statusCode).toBe(204);
    expect((await anna.get('/api/me/bookings')).json().upcoming[0].unit.name).toBe('Visby vårdcentral');
  });

  it('R-PX-5: what a proxy does is recorded with both actor and the person acted for, and staff see it', async () => {
    const anna = await ctx.residentBrowser('anna');
    await anna.post('/api/me/acting-for', { residentId: await id('elsa') });
    await anna.get('/api/me/bookings');
    const henrik = await ctx.staffBrowser('henrik-höök', 'BUP Gotland');
    const list = (await henrik.get(`/api/staff/residents/${await id('elsa')}/proxies`)).json();
    expect(list.activity.map((a: { actorName: string; action: string }) => `${a.actorName}:${a.action}`)).toEqual(
      expect.arrayContaining(['Anna Lindqvist:switched_to_subject', 'Anna Lindqvist:viewed_bookings']),
    );
  });

  it('acting for someone without a proxy relation is refused', async () => {
    const jonas = await ctx.residentBrowser('jonas');
    for (const other of [await id('elsa'), await id('anna'), '00000000-0000-4000-8000-000000000000']) {
      expect((await jonas.post('/api/me/acting-for', { residentId: other })).statusCode).toBe(403);
    }
    const anna = await ctx.residentBrowser('anna');
    expect((await anna.post('/api/me/acting-for', { residentId: await id('maja') })).statusCode).toBe(403);
    expect((await anna.post('/api/me/acting-for', { residentId: 'elsa' })).json().error.field).toBe('residentId');
  });
});

describe('R-PX-1: guardianships come from the population register', () => {
  it('R-PX-1: a custody change in the register reaches the guardian at their next sign-in', async () => {
    ctx.register.update(residentId('anna'), { childIdentifiers: [residentId('oskar')] });
    try {
      const anna = await ctx.residentBrowser('anna');
      expect((await anna.get('/api/me/represented')).json().people.map((p: { givenName: string }) => p.givenName)).toEqual(['Oskar']);
      expect((await anna.post('/api/me/acting-for', { residentId: await id('elsa') })).statusCode).toBe(403);
    } finally {
      ctx.register.update(residentId('anna'), { childIdentifiers: [residentId('elsa'), residentId('oskar')] });
    }
    const again = await ctx.residentBrowser('anna');
    expect((await again.get('/api/me/represented')).json().people.map((p: { givenName: string }) => p.givenName)).toEqual(['Elsa', 'Oskar']);
  });

  it('a child given protected identity in the register is no longer reachable by proxy', async () => {
    ctx.register.update(residentId('elsa'), { protectedIdentity: true });
    try {
      const anna = await ctx.residentBrowser('anna');
      expect((await anna.get('/api/me/represented')).json().people.map((p: { givenName: string }) => p.givenName)).toEqual(['Oskar']);
    } finally {
      ctx.register.update(residentId('elsa'), { protectedIdentity: false });
      await ctx.residentBrowser('anna');
    }
  });
});

describe('R-PX-1: the guardian proxy ends on the 13th birthday', () => {
  it('R-PX-1: at midnight Swedish time on the 13th birthday the next request for the child is refused', async () => {
    // Elsa turns 13 on 2032-09-03; midnight in Stockholm (summer time) is 22:00 UTC the day before.
    ctx.clock.set(new Date('2032-09-02T21:45:00Z'));
    const anna = await ctx.residentBrowser('anna');
    await anna.post('/api/me/acting-for', { residentId: await id('elsa') });
    expect((await anna.get('/api/me/bookings')).statusCode).toBe(200);
    ctx.clock.set(new Date('2032-09-02T22:00:00Z'));
    const refused = await anna.get('/api/me/bookings');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('proxy_access_ended');
    const after = (await anna.get('/api/me/represented')).json();
    expect(after.actingFor).toBe(after.self.residentId);
    expect(after.people.map((p: { givenName: string }) => p.givenName)).not.toContain('Elsa');
  });
});

describe('R-PX-2…4: proxies recorded by care', () => {
  it('R-PX-2: staff approve a special-need proxy for a guardian of a 13–16-year-old; access comes at once', async () => {
    const { browser: erik } = await ctx.signIn('resident', residentId('erik'));
    await erik.post('/api/auth/terms/accept', { termsVersion: '2026-11-01', consentNotifications: true, consentEDocuments: true });
    expect((await erik.get('/api/me/represented')).json().people.map((p: { givenName: string }) => p.givenName)).toEqual(['Elsa']);
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const oskar = await id('oskar');
    const tooLate = await maria.post(`/api/staff/residents/${oskar}/proxies`, { kind: 'guardian_special_need', guardianId: await id('erik'), reason: 'Behöver stöd', validUntil: '2028-04-19' });
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json().error).toMatchObject({ code: 'special_need_not_allowed', field: 'validUntil' });
    const ok = await maria.post(`/api/staff/residents/${oskar}/proxies`, { kind: 'guardian_special_need', guardianId: await id('erik'), reason: 'Behöver stöd', validUntil: '2028-04-18' });
    expect(ok.statusCode).toBe(201);
    expect((await erik.get('/api/me/represented')).json().people.map((p: { givenName: string; endsOn: string }) => [p.givenName, p.endsOn])).toEqual([
      ['Elsa', '2032-09-03'],
      ['Oskar', '2028-04-18'],
    ]);
  });

  it('R-PX-2: special need is refused for a child under 13 and for someone who is not the guardian', async () => {
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const underThirteen = await maria.post(`/api/staff/residents/${await id('elsa')}/proxies`, { kind: 'guardian_special_need', guardianId: await id('anna'), reason: 'Stöd', validUntil: '2027-01-01' });
    expect(underThirteen.json().error.code).toBe('special_need_not_allowed');
    const notGuardian = await maria.post(`/api/staff/residents/${await id('oskar')}/proxies`, { kind: 'guardian_special_need', guardianId: await id('jonas'), reason: 'Stöd', validUntil: '2027-01-01' });
    expect(notGuardian.json().error.code).toBe('not_a_guardian');
  });

  it('R-PX-3: a legal representative needs a recorded court decision that covers looking after the person', async () => {
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const subject = await id('r4');
    const base = { kind: 'legal_representative', representativeIdentifier: residentId('jonas'), court: 'Gotlands tingsrätt', caseNumber: 'Ä 77-26', decisionDate: '2026-10-01' };
    const missing = await maria.post(`/api/staff/residents/${subject}/proxies`, base);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('coversPersonalCare');
    const noCase = await maria.post(`/api/staff/residents/${subject}/proxies`, { ...base, caseNumber: '', coversPersonalCare: true });
    expect(noCase.json().error.field).toBe('caseNumber');
    const created = await maria.post(`/api/staff/residents/${subject}/proxies`, { ...base, coversPersonalCare: true });
    expect(created.statusCode).toBe(201);
    const list = (await maria.get(`/api/staff/residents/${subject}/proxies`)).json();
    expect(list.proxies).toEqual([
      expect.objectContaining({ kind: 'legal_representative', basis: expect.objectContaining({ court: 'Gotlands tingsrätt', caseNumber: 'Ä 77-26' }), state: { active: true, endsOn: null }, decidedBy: { name: 'Maria Ek', unitName: 'Visby vårdcentral' } }),
    ]);
    const jonas = await ctx.residentBrowser('jonas');
    expect((await jonas.get('/api/me/represented')).json().people.map((p: { givenName: string }) => p.givenName)).toContain('Emma');

    await jonas.post('/api/me/acting-for', { residentId: subject });
    expect((await maria.post(`/api/staff/proxies/${created.json().id}/end`, { reason: 'Beslutet upphävt' })).statusCode).toBe(204);
    expect((await jonas.get('/api/me/bookings')).json().error.code).toBe('proxy_access_ended');
    expect((await maria.post(`/api/staff/proxies/${created.json().id}/end`, { reason: 'Igen' })).statusCode).toBe(404);
  });

  it('R-PX-4: an authorised representative is approved by care, must be an adult and can be ended', async () => {
    const ahmed = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    const subject = await id('r5');
    const child = await ahmed.post(`/api/staff/residents/${subject}/proxies`, { kind: 'authorised_representative', representativeIdentifier: residentId('noah'), reference: 'Fullmakt', scope: 'Allt', validUntil: null });
    expect(child.json().error.code).toBe('representative_not_adult');
    const unknown = await ahmed.post(`/api/staff/residents/${subject}/proxies`, { kind: 'authorised_representative', representativeIdentifier: '191212121212', reference: 'Fullmakt', scope: 'Allt', validUntil: null });
    expect(unknown.json().error).toMatchObject({ code: 'not_found', field: 'representativeIdentifier' });
    const ok = await ahmed.post(`/api/staff/residents/${subject}/proxies`, { kind: 'authorised_representative', representativeIdentifier: residentId('lina'), reference: 'Fullmakt 2026-11', scope: 'Bokningar', validUntil: '2027-06-01' });
    expect(ok.statusCode).toBe(201);
  });

  it('no proxy is registered or shown where either person has protected identity', async () => {
    const ahmed = await ctx.staffBrowser('ahmed-hassan', 'Hemse vårdcentral');
    const res = await ahmed.post(`/api/staff/residents/${await id('sara')}/proxies`, { kind: 'authorised_representative', representativeIdentifier: residentId('lina'), reference: 'F', scope: 'Allt', validUntil: null });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('protected_identity');
  });

  it('every proxy action is refused without a care relation, and to residents', async () => {
    const emil = await ctx.staffBrowser('emil-strand', 'Vaccinationsmottagningen Visby');
    const r4 = await id('r4');
    expect((await emil.get(`/api/staff/residents/${r4}/proxies`)).statusCode).toBe(404);
    expect((await emil.post(`/api/staff/residents/${r4}/proxies`, { kind: 'authorised_representative', representativeIdentifier: residentId('lina'), reference: 'F', scope: 'Allt', validUntil: null })).statusCode).toBe(404);
    const anna = await ctx.residentBrowser('anna');
    expect((await anna.get(`/api/staff/residents/${r4}/proxies`)).statusCode).toBe(403);
  });
});

describe('R-PX-6: blocking guardians', () => {
  it('R-PX-6: staff without the unit manager role cannot block a guardian', async () => {
    const maria = await ctx.staffBrowser('maria-ek', 'Visby vårdcentral');
    const res = await maria.post(`/api/staff/residents/${await id('elsa')}/guardian-blocks`, { guardianIds: [await id('anna')], reason: 'Fara för barnet' });
    expect(res.statusCode).toBe(403);
  });

  it('R-PX-6: a unit manager blocks one guardian: their next request for the child is refused, the other guardian keeps access, and the block can be lifted', async () => {
    const anna = await ctx.residentBrowser('anna');
    const elsa = await id('elsa');
    await anna.post('/api/me/acting-for', { residentId: elsa });
    const karin = await ctx.staffBrowser('karin-sjöberg', 'Visby vårdcentral');
    const blocked = await karin.post(`/api/staff/residents/${elsa}/guardian-blocks`, { guardianIds: [await id('anna')], reason: 'Fara för barnet' });
    expect(blocked.statusCode).toBe(201);
    const refused = await anna.get('/api/me/bookings');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('proxy_access_ended');
    expect((await anna.post('/api/me/acting-for', { residentId: elsa })).statusCode).toBe(403);

    const list = (await karin.get(`/api/staff/residents/${elsa}/proxies`)).json();
    const annaLink = list.proxies.find((p: { proxy: { givenName: string } }) => p.proxy.givenName === 'Anna');
    expect(annaLink.state).toEqual({ active: false, reason: 'guardian_blocked' });
    expect(list.guardianBlocks[0]).toMatchObject({ reason: 'Fara för barnet', decidedBy: { name: 'Karin Sjöberg', unitName: 'Visby vårdcentral' }, liftedAt: null });
    const erikLink = list.proxies.find((p: { proxy: { givenName: string } }) => p.proxy.givenName === 'Erik');
    expect(erikLink.state.active).toBe(true);

    expect((await karin.post(`/api/staff/guardian-blocks/${blocked.json().ids[0]}/lift`)).statusCode).toBe(204);
    expect((await anna.post('/api/me/acting-for', { residentId: elsa })).statusCode).toBe(204);
    expect((await karin.post(`/api/staff/guardian-blocks/${blocked.json().ids[0]}/lift`)).statusCode).toBe(409);
  });

  it('R-PX-6: a unit manager can block both guardians at once; a non-guardian cannot be blocked', async () => {
    const karin = await ctx.staffBrowser('karin-sjöberg', 'Visby vårdcentral');
    const elsa = await id('elsa');
    const wrong = await karin.post(`/api/staff/residents/${elsa}/guardian-blocks`, { guardianIds: [await id('jonas')], reason: 'Fara' });
    expect(wrong.json().error).toMatchObject({ code: 'not_a_guardian', field: 'guardianIds' });
    const both = await karin.post(`/api/staff/residents/${elsa}/guardian-blocks`, { guardianIds: [await id('anna'), await id('erik')], reason: 'Fara för barnet' });
    expect(both.json().ids).toHaveLength(2);
    const anna = await ctx.residentBrowser('anna');
    expect((await anna.get('/api/me/represented')).json().people.map((p: { givenName: string }) => p.givenName)).toEqual(['Oskar']);
    for (const blockId of both.json().ids) await karin.post(`/api/staff/guardian-blocks/${blockId}/lift`);
  });
});
