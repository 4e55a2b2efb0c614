import { and, asc, count, desc, eq, inArray, isNotNull, isNull, min, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { careUnits, documentAppRecipients, documentAttachments, documents, residents } from '../../db/schema/index.ts';

export type DocumentRow = typeof documents.$inferSelect;
export type NewDocument = typeof documents.$inferInsert;

/** Raw SQL answers: both drivers (node-postgres and PGlite) give `rows`. */
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

export const documentsRepository = {
  async insert(db: Db, row: NewDocument): Promise<DocumentRow> {
    const [created] = await db.insert(documents).values(row).returning();
    return created!;
  },

  async update(db: Db, id: string, change: Partial<NewDocument>): Promise<DocumentRow> {
    const [row] = await db.update(documents).set(change).where(eq(documents.id, id)).returning();
    return row!;
  },

  async byRequest(db: Db, staffId: string, requestId: string): Promise<DocumentRow | null> {
    const [row] = await db.select().from(documents).where(and(eq(documents.createdByStaffId, staffId), eq(documents.requestId, requestId))).limit(1);
    return row ?? null;
  },

  async atUnit(db: Db, id: string, unitId: string): Promise<DocumentRow | null> {
    const [row] = await db.select().from(documents).where(and(eq(documents.id, id), eq(documents.unitId, unitId))).limit(1);
    return row ?? null;
  },

  async byId(db: Db, id: string): Promise<DocumentRow | null> {
    const [row] = await db.select().from(documents).where(eq(documents.id, id)).limit(1);
    return row ?? null;
  },

  forResidentAtUnit: (db: Db, residentId: string, unitId: string) =>
    db.select().from(documents).where(and(eq(documents.residentId, residentId), eq(documents.unitId, unitId))).orderBy(desc(documents.createdAt)),

  async invitedBookings(db: Db, bookingIds: string[]): Promise<Set<string>> {
    if (bookingIds.length === 0) return new Set();
    const rows = await db.select({ id: documents.bookingId }).from(documents).where(and(inArray(documents.bookingId, bookingIds), eq(documents.kind, 'e_invitation')));
    return new Set(rows.map((r) => r.id!));
  },

  async addAppRecipients(db: Db, documentId: string, residentIds: string[]): Promise<void> {
    if (residentIds.length) await db.insert(documentAppRecipients).values(residentIds.map((residentId) => ({ documentId, residentId }))).onConflictDoNothing();
  },

  appRecipientsOf: async (db: Db, documentId: string) => (await db.select({ id: documentAppRecipients.residentId }).from(documentAppRecipients).where(eq(documentAppRecipients.documentId, documentId))).map((r) => r.id),

  /** R-DC-3: the documents `viewerId` receives in the app for `subjectId` (themself, or someone they are proxy for), newest first. */
  inApp: (db: Db, subjectId: string, viewerId: string, documentId?: string) =>
    db
      .select({ document: documents, unitName: careUnits.name })
      .from(documents)
      .innerJoin(documentAppRecipients, and(eq(documentAppRecipients.documentId, documents.id), eq(documentAppRecipients.residentId, viewerId)))
      .innerJoin(careUnits, eq(careUnits.id, documents.unitId))
      .where(and(eq(documents.residentId, subjectId), eq(documents.status, 'sent'), documentId ? eq(documents.id, documentId) : undefined))
      .orderBy(desc(documents.sentAt)),

  /** Marks read once; the first reader and time stand. */
  async markRead(db: Db, id: string, at: Date, by: string): Promise<Date> {
    const [row] = await db.update(documents).set({ readAt: at, readBy: by }).where(and(eq(documents.id, id), isNull(documents.readAt))).returning({ readAt: documents.readAt });
    if (row?.readAt) return row.readAt;
    const [existing] = await db.select({ readAt: documents.readAt }).from(documents).where(eq(documents.id, id));
    return existing!.readAt!;
  },

  attachmentsOf: (db: Db, documentIds: string[]) =>
    documentIds.length
      ? db.select({ id: documentAttachments.id, documentId: documentAttachments.documentId, name: documentAttachments.name, size: documentAttachments.size }).from(documentAttachments).where(inArray(documentAttachments.documentId, documentIds)).orderBy(asc(documentAttachments.createdAt))
      : Promise.resolve([]),

  attachmentFilesOf: (db: Db, documentId: string) => db.select().from(documentAttachments).where(eq(documentAttachments.documentId, documentId)).orderBy(asc(documentAttachments.createdAt)),

  async attachment(db: Db, documentId: string, attachmentId: string) {
    const [row] = await db.select().from(documentAttachments).where(and(eq(documentAttachments.id, attachmentId), eq(documentAttachments.documentId, documentId))).limit(1);
    return row ?? null;
  },

  async insertAttachment(db: Db, row: typeof documentAttachments.$inferInsert) {
    const [created] = await db.insert(documentAttachments).values(row).returning({ id: documentAttachments.id });
    return created!;
  },

  /** Gives the uploader's unsent files to a document; returns how many were taken. */
  async takeAttachments(db: Db, ids: string[], staffId: string, unitId: string, documentId: string): Promise<number> {
    if (ids.length === 0) return 0;
    const taken = await db
      .update(documentAttachments)
      .set({ documentId })
      .where(and(inArray(documentAttachments.id, ids), isNull(documentAttachments.documentId), eq(documentAttachments.uploadedByStaffId, staffId), eq(documentAttachments.unitId, unitId)))
      .returning({ id: documentAttachments.id });
    return taken.length;
  },

  async removeUnsentAttachments(db: Db, before: Date): Promise<number> {
    const rows = await db.delete(documentAttachments).where(and(isNull(documentAttachments.documentId), sql`${documentAttachments.createdAt} < ${before}`)).returning({ id: documentAttachments.id });
    return rows.length;
  },

  /** R-DC-6, R-DC-9: what waits on a unit's print list, oldest first, with whom it is for. */
  printList: (db: Db, unitId: string, ids?: string[]) =>
    db
      .select({ document: documents, givenName: residents.givenName, familyName: residents.familyName, birthDate: residents.birthDate })
      .from(documents)
      .innerJoin(residents, eq(residents.id, documents.residentId))
      .where(and(eq(documents.unitId, unitId), isNotNull(documents.printQueuedAt), isNull(documents.printedAt), ids ? inArray(documents.id, ids) : undefined))
      .orderBy(asc(documents.printQueuedAt)),

  /** What waits on the print list of a unit, or of every unit when none is named (for operations). */
  async printSummary(db: Db, unitId?: string) {
    const [row] = await db
      .select({ waiting: count(), oldest: min(documents.printQueuedAt) })
      .from(documents)
      .where(and(unitId ? eq(documents.unitId, unitId) : undefined, isNotNull(documents.printQueuedAt), isNull(documents.printedAt)));
    return { waiting: row?.waiting ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
  },

  async markPrinted(db: Db, unitId: string, ids: string[], staffId: string, at: Date): Promise<number> {
    const rows = await db
      .update(documents)
      .set({ printedAt: at, printedByStaffId: staffId })
      .where(and(eq(documents.unitId, unitId), inArray(documents.id, ids), isNotNull(documents.printQueuedAt), isNull(documents.printedAt)))
      .returning({ id: documents.id });
    return rows.length;
  },

  /**
   * R-DC-6 (the SQL form of `printDue` for unread documents): moves up to `limit` documents sent to the
   * app, not for a mailbox, unread since `cutoff`, to the print list. Rows another process holds are skipped.
   */
  async moveUnreadToPrint(db: Db, cutoff: Date, now: Date, limit: number): Promise<number> {
    const result = await db.execute(sql`
      update documents set print_queued_at = ${now}, print_reason = 'unread_48h'
      where id in (
        select id from documents
        where in_app and read_at is null and mailbox_state is null and print_queued_at is null and status = 'sent' and sent_at <= ${cutoff}
        order by sent_at limit ${limit} for update skip locked)
      returning id`);
    return rowsOf(result).length;
  },

  /** Claims mailbox deliveries that are due by pushing their next attempt `leaseMs` ahead; other processes skip them. */
  async claimMailboxDue(db: Db, now: Date, leaseMs: number, limit: number): Promise<string[]> {
    const result = await db.execute(sql`
      update documents set mailbox_next_attempt_at = ${new Date(now.getTime() + leaseMs)}
      where id in (
        select id from documents where mailbox_state = 'pending' and mailbox_next_attempt_at <= ${now}
        order by mailbox_next_attempt_at limit ${limit} for update skip locked)
      returning id`);
    return rowsOf<{ id: string }>(result).map((r) => r.id);
  },

  /** Claims documents whose app recipients have not been told yet; marked told at once, so each is told once. */
  async claimUnnotified(db: Db, now: Date, limit: number): Promise<string[]> {
    const result = await db.execute(sql`
      update documents set notified_at = ${now}
      where id in (
        select id from documents where in_app and notified_at is null and status = 'sent'
        order by sent_at limit ${limit} for update skip locked)
      returning id`);
    return rowsOf<{ id: string }>(result).map((r) => r.id);
  },
};
