import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../contracts/enums.ts';
import { browserFor as signedInAs, type Caller, callerHeaders, callers } from '../testing/callers.ts';
import { TestContext } from '../testing/test-context.ts';
import { routeAccess, type RouteRule } from './access-table.ts';
import { permissions } from './permissions.ts';

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
beforeAll(async () => {
  ctx = await TestContext.create();
});
afterAll(async () => ctx?.close());

const browserFor = (caller: Caller) => signedInAs(ctx, caller);

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
      const res = await browser.request(method as 'GET', urlOf(path), method === 'GET' || method === 'DELETE' ? undefined : bodyFor(path), callerHeaders(caller));
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
