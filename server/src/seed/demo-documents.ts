import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { StaffRole } from '../../../contracts/enums.ts';
import type { Services } from '../composition.ts';
import type { Db } from '../db/client.ts';
import { careUnits, letterTemplates, residents, staff } from '../db/schema/index.ts';
import type { StaffInUnit } from '../platform/principal.ts';
import { demoResidents, demoStaff, demoUnits } from './demo-people.ts';

/** A demo staff member acting in a unit, for work done without a session (seeding, benchmarks). */
export async function demoStaffPrincipal(db: Db, key: string, unitKey: string, role: StaffRole = 'staff'): Promise<StaffInUnit> {
  const person = demoStaff.find((s) => s.key === key)!;
  const unit = demoUnits.find((u) => u.key === unitKey)!;
  const [s] = await db.select({ id: staff.id }).from(staff).where(eq(staff.hsaId, person.hsaId));
  const [u] = await db.select({ id: careUnits.id }).from(careUnits).where(eq(careUnits.hsaId, unit.hsaId));
  return { kind: 'staff', sessionId: 'no-session', staffId: s!.id, activeUnitId: u!.id, roles: [role] };
}

/** R-DC-2: letter templates of the demo health centres, one with a control code and one without. */
export async function seedDemoLetterTemplates(tx: Db, unitIds: Map<string, string>, adminId: string, now: Date): Promise<void> {
  for (const unit of ['visby-vc', 'hemse-vc']) {
    await tx.insert(letterTemplates).values([
      { unitId: unitIds.get(unit)!, title: 'Dina provsvar', body: 'Hej!\n\nDina provsvar är klara och visar inget som behöver åtgärdas. Hör av dig om du har frågor.\n\nVänliga hälsningar', controlCode: 'PROV-01', updatedAt: now, updatedByStaffId: adminId },
      { unitId: unitIds.get(unit)!, title: 'Kallelse till årskontroll', body: 'Det är dags för din årliga kontroll. Ring oss för att boka en tid som passar dig.', controlCode: null, updatedAt: now, updatedByStaffId: adminId },
    ]);
  }
}

/**
 * A few e-documents sent through the real routing at first start, so a demo shows each way a document
 * can go: Anna's app (and hers for Elsa as guardian), Jonas's app and Kivra, Erik's Kivra only, Yusuf's
 * reserve number straight to the print list, and Sara's invitation held for her agreement (R-DC-7).
 */
export async function seedDemoDocuments(services: Services, db: Db): Promise<void> {
  const staffIn = (key: string, unitKey: string) => demoStaffPrincipal(db, key, unitKey);
  const residentId = async (key: string) => {
    const [r] = await db.select({ id: residents.id }).from(residents).where(eq(residents.identifier, demoResidents.find((x) => x.key === key)!.identifier));
    return r!.id;
  };
  const invite = async (who: StaffInUnit, key: string, typeName: string, body: string) => {
    const options = await services.documents.staff.options(who, await residentId(key), 'demo-seed');
    const booking = options.bookings.find((b) => b.typeName === typeName);
    if (booking) await services.documents.sender.send(who, await residentId(key), { kind: 'e_invitation', requestId: randomUUID(), bookingId: booking.id, body, links: [{ title: 'Inför ditt besök – 1177', url: 'https://www.1177.se/' }], attachmentIds: [] });
  };
  const confirm = async (who: StaffInUnit, key: string) =>
    services.documents.sender.send(who, await residentId(key), { kind: 'referral_confirmation', requestId: randomUUID(), title: 'Vi har tagit emot din remiss', body: 'Vi har tagit emot remissen från din vårdcentral. Du får en kallelse när det är dags för ditt besök, oftast inom sex veckor.' });

  const maria = await staffIn('maria-ek', 'visby-vc');
  await invite(maria, 'anna', 'Läkarbesök', 'Välkommen till Visby vårdcentral. Kom fastande: ät inget efter midnatt. Ta med en lista över dina läkemedel.');
  const [template] = (await services.documents.templates.forUnit(db, maria.activeUnitId)).filter((x) => x.controlCode);
  if (template) await services.documents.sender.send(maria, await residentId('anna'), { kind: 'e_letter', requestId: randomUUID(), letterTemplateId: template.id });
  await invite(maria, 'jonas', 'Telefonsamtal', 'Du blir uppringd av en sjuksköterska på den bokade tiden. Ha telefonen nära till hands.');
  await confirm(maria, 'erik');
  await invite(await staffIn('henrik-höök', 'bup'), 'elsa', 'Uppföljande samtal via video', 'Välkommen till ett uppföljande samtal via video. Elsa och en vårdnadshavare är med.');
  await confirm(await staffIn('birgitta-nord', 'medicin'), 'yusuf');
  await invite(await staffIn('ahmed-hassan', 'hemse-vc'), 'sara', 'Läkarbesök', 'Välkommen till Hemse vårdcentral.');
  await services.documents.jobs.deliverToMailboxes();
}
