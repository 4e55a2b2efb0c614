import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../contracts/enums.ts';
import { staffRepository } from '../modules/staff/staff.repository.ts';
import type { TestBrowser } from '../testing/test-browser.ts';
import { staffPersonalNumber, TEST_EHR_TOKEN, TestContext } from '../testing/test-context.ts';
import { routeAccess, type RouteRule } from './access-table.ts';
import { permissions } from './permissions.ts';
import { guestBrowser, guestLinkToken, johanStartsAnnasMeeting } from '../testing/video-fixtures.ts';

/** Every kind of caller: who they are and, for staff, the one role they hold in their active unit. */
type Caller =
  | { name: string; kind: 'anonymous' }
  | { name: string; kind: 'resident' }
  | { name: string; kind: 'proxy' }
  | { name: string; kind: 'ehr' }
  | { name: string; kind: 'guest' }
  | { name: string; kind: 'staff'; role: StaffRole | null };

const callers: Caller[] = [
  { name: 'anonymous', kind: 'anonymous' },
  { name: 'resident acting for themself', kind: 'resident' },
  { name: 'resident acting as proxy', kind: 'proxy' },
  { name: 'the EHR with its token', kind: 'ehr' },
  { name: 'guest of a video meeting', kind: 'guest' },
  { name: 'staff with no unit chosen', kind: 'staff', role: null },
  { name: 'staff', kind: 'staff', role: 'staff' },
  { name: 'unit manager', kind: 'staff', role: 'unit_manager' },
  { name: 'system administrator', kind: 'staff', role: 'system_admin' },
  { name: 'region administrator', kind: 'staff', role: 'region_admin' },
];

/** What the access table and the permission table together allow a caller. */
function allowed(rule: RouteRule, caller: Caller): boolean {
  switch (rule.who) {
    case 'public':
      return true;
    case 'ehr':
      return caller.kind === 'ehr';
    case 'signed_in':
      return caller.kind !== 'anonymous' && caller.kind !== 'ehr';
    case 'guest':
      return caller.kind === 'guest';
    case 'resident':
      return caller.kind === 'resident' || caller.kind === 'proxy';
    case 'resident_self':
      return caller.kind === 'resident';
    case 'staff': {
      if (caller.kind !== 'staff') return false;
      if (!rule.permission) return true;
      const roles: readonly StaffRole[] = permissions[rule.permission];
      return caller.role !== null && roles.includes(caller.role);
    }
  }
}

const NOWHERE = '00000000-0000-4000-8000-000000000000';
const urlOf = (path: string) => path.replace(':scope', 'chat').replace(/:[A-Za-z]+/g, NOWHERE);
/** Bodies that pass validation where a route checks its body before anything else. */
const bodyFor = (path: string) => (path.includes('/guest-link/') ? { token: 'x'.repeat(43), name: 'Gäst Gästsson' } : {});

let ctx: TestContext;
let meetingOfJohan: { johan: TestBrowser; meetingId: string } | undefined;
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => ctx?.close());

/** A signed-in browser for the caller; staff hold exactly the one role in the unit they work in. */
async function browserFor(caller: Caller): Promise<TestBrowser> {
  if (caller.kind === 'anonymous' || caller.kind === 'ehr') {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    return browser;
  }
  if (caller.kind === 'resident') return ctx.residentBrowser('jonas');
  if (caller.kind === 'guest') {
    const { johan, meetingId } = meetingOfJohan ?? (meetingOfJohan = await johanStartsAnnasMeeting(ctx));
    return guestBrowser(ctx, (await guestLinkToken(johan, meetingId)).token);
  }
  if (caller.kind === 'proxy') {
    const anna = await ctx.residentBrowser('anna');
    const elsa = (await anna.get('/api/me/represented')).json().people.find((p: { givenName: string }) => p.givenName === 'Elsa');
    expect((await anna.post('/api/me/acting-for', { residentId: elsa.residentId })).statusCode).toBe(204);
    return anna;
  }
  switch (caller.role) {
    case null:
      return ctx.staffBrowser('maria-ek');
    case 'staff':
      return ctx.staffBrowser('johan-holm', 'Visby vårdcentral');
    case 'unit_manager': {
      // Henrik works at BUP; here he is unit manager, and only that, at Slite.
      const henrik = await staffRepository.findByPersonalNumber(ctx.database.db, staffPersonalNumber('henrik-höök'));
      const slite = (await ctx.services.units.all()).find((u) => u.name === 'Slite vårdcentral')!;
      await staffRepository.grantRole(ctx.database.db, henrik!.id, slite.id, 'unit_manager');
      return ctx.staffBrowser('henrik-höök', 'Slite vårdcentral');
    }
    case 'system_admin':
      return ctx.staffBrowser('per-olsson', 'Visby vårdcentral');
    case 'region_admin':
      return ctx.staffBrowser('eva-dahl', 'Regionstyrelseförvaltningen');
  }
}

describe('R-UN-4: the authorization matrix', () => {
  it('R-UN-4: every API route has a row in the access table, and every row a route', async () => {
    await ctx.app.ready();
    const routes = new Set(ctx.app.apiRoutes);
    expect([...routes].filter((r) => !(r in routeAccess))).toEqual([]);
    expect(Object.keys(routeAccess).filter((r) => !routes.has(r))).toEqual([]);
  });

  it.each(callers)('R-UN-4: $name gets exactly what the tables give, on every route', async (caller) => {
    await ctx.app.ready();
    const shared = await browserFor(caller);
    const wrong: string[] = [];
    // Signing in again or out (everywhere) ends sessions, so those routes go last, each in a session of its own.
    const isAuth = (route: string) => route.includes(' /api/auth/');
    const routes = [...ctx.app.apiRoutes.filter((r) => !isAuth(r)), ...ctx.app.apiRoutes.filter(isAuth)];
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      const browser = isAuth(route) ? await browserFor(caller) : shared;
      const headers: Record<string, string> = caller.kind === 'ehr' ? { authorization: `Bearer ${TEST_EHR_TOKEN}` } : {};
      const res = await browser.request(method as 'GET', urlOf(path), method === 'GET' || method === 'DELETE' ? undefined : bodyFor(path), headers);
      const code = res.statusCode >= 400 && res.body ? res.json().error?.code : undefined;
      const refusedByAccess = res.statusCode === 401 || (res.statusCode === 403 && code === 'role_not_permitted');
      const shouldPass = allowed(routeAccess[route]!, caller);
      if (shouldPass && refusedByAccess) wrong.push(`${route}: refused (${res.statusCode} ${code}) but the table allows it`);
      if (!shouldPass && !refusedByAccess) wrong.push(`${route}: answered ${res.statusCode} ${code ?? ''} but the table refuses it`);
      // Only the EHR's routes ask a signed-in person for credentials (its bearer token).
      if (!shouldPass && res.statusCode === 401 && caller.kind !== 'anonymous' && caller.kind !== 'ehr' && routeAccess[route]!.who !== 'ehr') wrong.push(`${route}: a signed-in caller was told to sign in`);
    }
    expect(wrong).toEqual([]);
  });
});
