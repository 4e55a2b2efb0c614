import { sql } from 'drizzle-orm';
import type { Profession } from '../../../../contracts/enums.ts';
import type { z } from 'zod';
import type { Errand, InboxItem, inboxQuery, InboxResponse } from '../../../../contracts/messaging.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { notFound } from '../../platform/errors.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { StaffInUnit, StaffPrincipal } from '../../platform/principal.ts';
import { conversationsRepository } from './conversations.repository.ts';
import { inInboxView } from './messaging.rules.ts';

type InboxRow = Awaited<ReturnType<typeof conversationsRepository.inbox>>[number];

/** Closed conversations stay in the inbox's "closed" view for a month. */
const CLOSED_SHOWN_DAYS = 30;

/**
 * R-MS-12, R-MS-7: a unit's conversations as staff work them: by state, errand and waiting time,
 * oldest waiting first, with who holds each and what is unread; and the counts the portal monitors.
 */
export class StaffInbox {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async list(principal: StaffPrincipal, query: z.infer<typeof inboxQuery>): Promise<InboxResponse> {
    assertStaffMay(principal, 'chat.work');
    const now = this.clock.now();
    const closedSince = new Date(now.getTime() - CLOSED_SHOWN_DAYS * 86_400_000);
    const [rows, summary] = await Promise.all([
      conversationsRepository.inbox(this.db, principal.activeUnitId, query.view === 'closed', closedSince),
      conversationsRepository.unitSummary(this.db, principal.activeUnitId, principal.staffId),
    ]);
    const waitedAtLeast = query.waitingOverMinutes ? now.getTime() - query.waitingOverMinutes * 60_000 : null;
    const shown = rows.filter(
      (r) =>
        inInboxView(query.view, { closed: r.conversation.closedAt !== null, holderStaffId: r.conversation.holderStaffId, handedOver: r.conversation.handedOver, awaiting: r.conversation.awaiting as 'care' | 'resident' }, principal.staffId) &&
        (!query.errand || r.conversation.errand === query.errand) &&
        (!query.mode || r.conversation.mode === query.mode) &&
        (waitedAtLeast === null || (r.conversation.waitingSince !== null && r.conversation.waitingSince.getTime() <= waitedAtLeast)),
    );
    const unread = await unreadByConversation(this.db, shown.map((r) => r.conversation.id));
    return {
      summary: { ...summary, oldestWaitingSince: summary.oldestWaitingSince ? new Date(summary.oldestWaitingSince).toISOString() : null },
      conversations: shown.map((r) => toItem(r, unread.get(r.conversation.id) ?? 0)),
    };
  }

  /** One conversation as its inbox row. */
  async item(db: Db, principal: StaffInUnit, conversationId: string) {
    const row = await conversationsRepository.inboxRow(db, principal.activeUnitId, conversationId);
    if (!row) throw notFound('The conversation');
    const unread = await unreadByConversation(db, [row.conversation.id]);
    const c = row.conversation;
    return {
      ...toItem(row, unread.get(c.id) ?? 0),
      unitId: c.unitId,
      lastSeq: c.lastSeq,
      residentReadSeq: c.residentReadSeq,
      bookingId: c.bookingId,
      closedAt: c.closedAt?.toISOString() ?? null,
    };
  }
}

/** Messages from the resident no one in care has read yet. */
async function unreadByConversation(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute(sql`
    select c.id, count(m.id)::int as unread from conversations c
    join messages m on m.conversation_id = c.id and m.seq > c.care_read_seq and m.author = 'resident' and m.kind = 'text'
    where c.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
    group by c.id`);
  return new Map((result as unknown as { rows: { id: string; unread: number }[] }).rows.map((r) => [r.id, r.unread]));
}

function toItem(r: InboxRow, unread: number): InboxItem {
  const c = r.conversation;
  return {
    id: c.id,
    resident: { id: c.residentId, name: `${r.residentGivenName} ${r.residentFamilyName}`, givenName: r.residentGivenName, birthDate: r.residentBirthDate },
    errand: (c.errand as Errand | null) ?? null,
    mode: c.mode as InboxItem['mode'],
    status: c.closedAt ? 'closed' : 'open',
    awaiting: c.awaiting as InboxItem['awaiting'],
    queue: (c.queue as Profession | null) ?? null,
    holder: c.holderStaffId ? { staffId: c.holderStaffId, name: `${r.holderGivenName} ${r.holderFamilyName}`, profession: r.holderProfession as Profession } : null,
    handedOver: c.handedOver,
    waitingSince: c.waitingSince?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    lastMessageAt: c.lastMessageAt.toISOString(),
    unread,
  };
}
