import { and, asc, eq } from 'drizzle-orm';
import type { LetterTemplate, LetterTemplatesResponse } from '../../../../contracts/documents.ts';
import type { Db } from '../../db/client.ts';
import { letterTemplates } from '../../db/schema/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { StaffPrincipal } from '../../platform/principal.ts';
import type { UnitAdminService } from '../units/unit-admin.service.ts';

type Row = typeof letterTemplates.$inferSelect;
const toTemplate = (r: Row): LetterTemplate => ({ id: r.id, title: r.title, body: r.body, controlCode: r.controlCode, updatedAt: r.updatedAt.toISOString() });
export interface LetterTemplateFields {
  title: string;
  body: string;
  controlCode: string | null;
}

/** R-DC-2: letter templates per unit, with an optional control code; kept by the unit's system administrators. */
export class LetterTemplates {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly admin: UnitAdminService,
  ) {}

  async list(principal: StaffPrincipal, unitId: string): Promise<LetterTemplatesResponse> {
    const unit = await this.admin.administered(principal, unitId);
    return { templates: (await this.forUnit(this.db, unit.id)).map(toTemplate) };
  }

  forUnit = (db: Db, unitId: string) => db.select().from(letterTemplates).where(eq(letterTemplates.unitId, unitId)).orderBy(asc(letterTemplates.title));

  /** One template of the unit, for sending; another unit's template is not found. */
  async ofUnit(db: Db, unitId: string, templateId: string): Promise<LetterTemplate> {
    const [row] = await db.select().from(letterTemplates).where(and(eq(letterTemplates.id, templateId), eq(letterTemplates.unitId, unitId))).limit(1);
    if (!row) throw new AppError('not_found', 404, 'No letter template with that id at your unit', 'letterTemplateId');
    return toTemplate(row);
  }

  private async editable(principal: StaffPrincipal, unitId: string) {
    assertStaffMay(principal, 'letter_templates.edit');
    return this.admin.administered(principal, unitId);
  }

  async create(principal: StaffPrincipal, unitId: string, fields: LetterTemplateFields): Promise<LetterTemplate> {
    const unit = await this.editable(principal, unitId);
    const [row] = await this.db.insert(letterTemplates).values({ ...fields, unitId: unit.id, updatedAt: this.clock.now(), updatedByStaffId: principal.staffId }).returning();
    return toTemplate(row!);
  }

  async update(principal: StaffPrincipal, unitId: string, id: string, fields: LetterTemplateFields): Promise<LetterTemplate> {
    const unit = await this.editable(principal, unitId);
    const [row] = await this.db
      .update(letterTemplates)
      .set({ ...fields, updatedAt: this.clock.now(), updatedByStaffId: principal.staffId })
      .where(and(eq(letterTemplates.id, id), eq(letterTemplates.unitId, unit.id)))
      .returning();
    if (!row) throw notFound('The letter template');
    return toTemplate(row);
  }
}
