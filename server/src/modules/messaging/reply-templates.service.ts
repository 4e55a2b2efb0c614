import { and, asc, eq, or } from 'drizzle-orm';
import type { ReplyTemplate, TemplatesResponse } from '../../../../contracts/messaging.ts';
import type { Db } from '../../db/client.ts';
import { replyTemplates } from '../../db/schema/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { notFound } from '../../platform/errors.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { StaffPrincipal } from '../../platform/principal.ts';
import type { UnitAdminService } from '../units/unit-admin.service.ts';

type Row = typeof replyTemplates.$inferSelect;
export interface TemplateFields {
  title: string;
  body: string;
  shortcut: string | null;
}
type Owner = { unitId: string } | { staffId: string };

const toTemplate = (r: Row): ReplyTemplate => ({ id: r.id, scope: r.unitId ? 'unit' : 'mine', title: r.title, body: r.body, shortcut: r.shortcut });
const ownedBy = (owner: Owner) => ('unitId' in owner ? eq(replyTemplates.unitId, owner.unitId) : eq(replyTemplates.ownerStaffId, owner.staffId));

/** R-MS-8: the unit's shared reply templates, kept by its system administrators, and each staff member's own. */
export class ReplyTemplates {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly admin: UnitAdminService,
  ) {}

  /** What a staff member can insert while writing: the active unit's shared templates and their own. */
  async forWriting(principal: StaffPrincipal): Promise<TemplatesResponse> {
    assertStaffMay(principal, 'chat.work');
    const rows = await this.db
      .select()
      .from(replyTemplates)
      .where(or(eq(replyTemplates.unitId, principal.activeUnitId), eq(replyTemplates.ownerStaffId, principal.staffId)))
      .orderBy(asc(replyTemplates.title));
    return { templates: rows.map(toTemplate) };
  }

  async sharedOf(principal: StaffPrincipal, unitId: string): Promise<TemplatesResponse> {
    const unit = await this.admin.administered(principal, unitId);
    const rows = await this.db.select().from(replyTemplates).where(eq(replyTemplates.unitId, unit.id)).orderBy(asc(replyTemplates.title));
    return { templates: rows.map(toTemplate) };
  }

  async create(owner: Owner, fields: TemplateFields): Promise<ReplyTemplate> {
    const [row] = await this.db
      .insert(replyTemplates)
      .values({ ...fields, unitId: 'unitId' in owner ? owner.unitId : null, ownerStaffId: 'staffId' in owner ? owner.staffId : null, updatedAt: this.clock.now() })
      .returning();
    return toTemplate(row!);
  }

  async update(owner: Owner, id: string, fields: TemplateFields): Promise<ReplyTemplate> {
    const [row] = await this.db.update(replyTemplates).set({ ...fields, updatedAt: this.clock.now() }).where(and(eq(replyTemplates.id, id), ownedBy(owner))).returning();
    if (!row) throw notFound('The template');
    return toTemplate(row);
  }

  async remove(owner: Owner, id: string): Promise<void> {
    const rows = await this.db.delete(replyTemplates).where(and(eq(replyTemplates.id, id), ownedBy(owner))).returning({ id: replyTemplates.id });
    if (rows.length === 0) throw notFound('The template');
  }

  /** The owner a staff member writes their own templates as. */
  mine(principal: StaffPrincipal): Owner {
    assertStaffMay(principal, 'chat.work');
    return { staffId: principal.staffId };
  }

  /** The owner an administrator writes a unit's shared templates as. */
  async shared(principal: StaffPrincipal, unitId: string): Promise<Owner> {
    assertStaffMay(principal, 'templates.shared.edit');
    const unit = await this.admin.administered(principal, unitId);
    return { unitId: unit.id };
  }
}
