import { expect } from 'vitest';
import type { StaffRole } from '../../../contracts/enums.ts';
import { staffRepository } from '../modules/staff/staff.repository.ts';
import type { TestBrowser } from './test-browser.ts';
import { staffPersonalNumber, TEST_EHR_TOKEN, type TestContext } from './test-context.ts';
import { guestBrowser, guestLinkToken, johanStartsAnnasMeeting } from './video-fixtures.ts';

/** Every kind of caller: who they are and, for staff, the one role they hold in their active unit. */
export type Caller =
  | { name: string; kind: 'anonymous' }
  | { name: string; kind: 'resident' }
  | { name: string; kind: 'proxy' }
  | { name: string; kind: 'ehr' }
  | { name: string; kind: 'guest' }
  | { name: string; kind: 'staff'; role: StaffRole | null };

export const callers: Caller[] = [
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

/** The headers a caller adds to every request: the EHR's bearer token. */
export const callerHeaders = (caller: Caller): Record<string, string> => (caller.kind === 'ehr' ? { authorization: `Bearer ${TEST_EHR_TOKEN}` } : {});

const meetings = new WeakMap<TestContext, { johan: TestBrowser; meetingId: string }>();

/** A signed-in browser for the caller; staff hold exactly the one role in the unit they work in. */
/** Anna signed in and acting as guardian for her daughter Elsa (R-PX-5). */
export async function annaActingForElsa(ctx: TestContext): Promise<TestBrowser> {
  const anna = await ctx.residentBrowser('anna');
  const elsa = (await anna.get('/api/me/represented')).json().people.find((p: { givenName: string }) => p.givenName === 'Elsa');
  expect((await anna.post('/api/me/acting-for', { residentId: elsa.residentId })).statusCode).toBe(204);
  return anna;
}

export async function browserFor(ctx: TestContext, caller: Caller): Promise<TestBrowser> {
  if (caller.kind === 'anonymous' || caller.kind === 'ehr') {
    const browser = ctx.browser();
    await browser.get('/api/auth/session');
    return browser;
  }
  if (caller.kind === 'resident') return ctx.residentBrowser('jonas');
  if (caller.kind === 'guest') {
    // One meeting per context, opened by Johan for Anna's booking of today; each guest gets a link of their own.
    let meeting = meetings.get(ctx);
    if (!meeting) meetings.set(ctx, (meeting = await johanStartsAnnasMeeting(ctx)));
    return guestBrowser(ctx, (await guestLinkToken(meeting.johan, meeting.meetingId)).token);
  }
  if (caller.kind === 'proxy') return annaActingForElsa(ctx);
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
