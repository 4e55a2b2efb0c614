import type { ProxyKind, StaffRole } from '../../../contracts/enums.ts';

/** Who is making a request. Every route decides from this, and repositories filter by it. */
export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'resident';
      sessionId: string;
      accountId: string;
      residentId: string;
      /** The person acted for: the resident themself, or someone they are proxy for (R-PX-5). */
      subjectId: string;
      /** How the resident may act for the subject; null when acting for themself. */
      proxyKind: ProxyKind | null;
    }
  | {
      kind: 'staff';
      sessionId: string;
      staffId: string;
      activeUnitId: string | null;
      /** Roles in the active unit only. */
      roles: StaffRole[];
    }
  | {
      /** R-VM-3: someone let in by a guest link, to that one meeting only. */
      kind: 'guest';
      sessionId: string;
      guestLinkId: string;
    };

export type ResidentPrincipal = Extract<Principal, { kind: 'resident' }>;
export type StaffPrincipal = Extract<Principal, { kind: 'staff' }>;
export type GuestPrincipal = Extract<Principal, { kind: 'guest' }>;
export type SignedInPrincipal = Exclude<Principal, { kind: 'anonymous' }>;
export type StaffInUnit = StaffPrincipal & { activeUnitId: string };

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
    csrfToken: string | null;
  }
}
