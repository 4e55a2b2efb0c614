import type { Db } from '../db/client.ts';
import { videoSettings, accounts, appointmentTypes, bookingSlots, bookings, careUnits, chatErrands, chatSettings, guardianships, replyTemplates, proxyGrants, regions, residentBlocks, residentDiagnoses, residents, staff, staffRoles, unitCriteria } from '../db/schema/index.ts';
import type { ProxyBasis } from '../db/schema/proxies.ts';
import { swedishDate } from '../platform/local-date.ts';
import { birthdayOn } from '../modules/identity/identifier.rules.ts';
import type { UnitKind } from '../../../contracts/enums.ts';
import type { Questionnaire } from '../../../contracts/questionnaire.ts';
import { vaccinationTriage } from './demo-triage.ts';
import { demoChatErrands, demoOpeningHours, demoSharedTemplates } from './demo-chat.ts';
import { seedDemoLetterTemplates } from './demo-documents.ts';
import { demoCriteria, demoDiagnoses, demoRegion, demoResidents, demoStaff, demoUnits } from './demo-people.ts';

type TypeSeed = { code: string; sv: string; en: string; minutes: number; hidden?: boolean; video?: boolean; selfBookable?: boolean; triage?: Questionnaire };

const typesByKind: Record<UnitKind, TypeSeed[]> = {
  primary_care: [
    { code: 'LAK', sv: 'Läkarbesök', en: 'Doctor’s appointment', minutes: 30 },
    { code: 'SSK', sv: 'Sjuksköterskebesök', en: 'Nurse appointment', minutes: 20 },
    { code: 'VID', sv: 'Videobesök', en: 'Video appointment', minutes: 20, video: true },
    { code: 'TEL', sv: 'Telefonsamtal', en: 'Phone call', minutes: 15 },
    { code: 'BER', sv: 'Samtal, beroendeteam', en: 'Addiction team consultation', minutes: 45, hidden: true },
  ],
  child_psychiatry: [
    { code: 'NYB', sv: 'Nybesök BUP', en: 'First visit, child psychiatry', minutes: 60 },
    { code: 'VUP', sv: 'Uppföljande samtal via video', en: 'Follow-up by video', minutes: 45, video: true },
    { code: 'UTR', sv: 'Utredningssamtal', en: 'Assessment session', minutes: 60, hidden: true },
  ],
  vaccination: [
    { code: 'INF', sv: 'Vaccination mot influensa', en: 'Flu vaccination', minutes: 10, selfBookable: true, triage: vaccinationTriage },
    { code: 'COV', sv: 'Vaccination mot covid-19', en: 'COVID-19 vaccination', minutes: 10, selfBookable: true, triage: vaccinationTriage },
  ],
  hospital_clinic: [
    { code: 'MOT', sv: 'Mottagningsbesök', en: 'Clinic appointment', minutes: 30 },
    { code: 'VIU', sv: 'Videouppföljning', en: 'Video follow-up', minutes: 20, video: true },
  ],
  maternity: [
    { code: 'INS', sv: 'Inskrivningssamtal', en: 'Registration visit', minutes: 60 },
    { code: 'VBM', sv: 'Videosamtal med barnmorska', en: 'Video call with midwife', minutes: 30, video: true },
  ],
  youth_clinic: [],
  dental: [],
  region_office: [],
};

const DAY = 86_400_000;

/** A time on a day relative to `now`, at a whole hour in Swedish office hours (UTC+1 in winter). */
function at(now: Date, dayOffset: number, hourUtc: number): Date {
  const d = new Date(now.getTime() + dayOffset * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

/** Seeds the demo region on first run only: a database that already has a region is left alone. */
export async function seedDemoData(db: Db, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const existing = await tx.select({ id: regions.id }).from(regions).limit(1);
    if (existing.length > 0) return false;

    const [region] = await tx.insert(regions).values(demoRegion).returning();
    const unitIds = new Map<string, string>();
    for (const [i, u] of demoUnits.entries()) {
      const { key, ...unit } = u;
      // Units joined the service over the past two years, so the region statistics have a history.
      const connectedAt = new Date(now.getTime() - (720 - i * 75) * DAY);
      const [row] = await tx.insert(careUnits).values({ ...unit, regionId: region!.id, connectedAt }).returning({ id: careUnits.id });
      unitIds.set(key, row!.id);
    }
    const typeIds = new Map<string, string>();
    for (const u of demoUnits) {
      for (const t of typesByKind[u.kind]) {
        const [row] = await tx
          .insert(appointmentTypes)
          .values({ unitId: unitIds.get(u.key)!, code: t.code, nameSv: t.sv, nameEn: t.en, durationMinutes: t.minutes, hidden: t.hidden ?? false, videoAllowed: t.video ?? false, selfBookable: t.selfBookable ?? false, triage: t.triage ?? [] })
          .returning({ id: appointmentTypes.id });
        typeIds.set(`${u.key}:${t.code}`, row!.id);
      }
    }
    const staffIds = new Map<string, string>();
    for (const s of demoStaff) {
      const [row] = await tx
        .insert(staff)
        .values({ hsaId: s.hsaId, personalNumber: s.personalNumber, givenName: s.givenName, familyName: s.familyName, profession: s.profession })
        .returning({ id: staff.id });
      staffIds.set(s.key, row!.id);
      for (const r of s.roles) await tx.insert(staffRoles).values({ staffId: row!.id, unitId: unitIds.get(r.unit)!, role: r.role });
    }
    const residentIds = new Map<string, string>();
    for (const [i, r] of demoResidents.entries()) {
      const [row] = await tx
        .insert(residents)
        .values({
          identifier: r.identifier,
          identifierKind: r.identifierKind,
          birthDate: r.birthDate,
          givenName: r.givenName,
          familyName: r.familyName,
          protectedIdentity: r.protectedIdentity ?? false,
          registeredCounty: r.county,
          listingUnitId: r.listingUnit ? unitIds.get(r.listingUnit)! : null,
          mobileNumber: r.mobile,
        })
        .returning({ id: residents.id });
      residentIds.set(r.key, row!.id);
      if (r.account !== 'none') {
        await tx.insert(accounts).values({
          residentId: row!.id,
          termsVersion: '2026-11-01',
          termsAcceptedAt: new Date(now.getTime() - 60 * DAY),
          consentNotifications: true,
          consentEDocuments: true,
          createdAt: new Date(now.getTime() - (61 + ((i * 37) % 600)) * DAY),
        });
      }
    }
    for (const [key, codes] of Object.entries(demoDiagnoses)) {
      for (const code of codes) await tx.insert(residentDiagnoses).values({ residentId: residentIds.get(key)!, code, recordedAt: new Date(now.getTime() - 400 * DAY) });
    }
    const admin = staffIds.get('eva-dahl')!;
    for (const c of demoCriteria) {
      await tx.insert(unitCriteria).values({ unitId: unitIds.get(c.unit)!, scope: c.scope, criteria: c.criteria, updatedAt: new Date(now.getTime() - 100 * DAY), updatedByStaffId: admin });
    }
    for (const r of demoResidents.filter((x) => x.account === 'blocked')) {
      const manager = demoStaff.find((s) => s.roles.some((role) => role.unit === r.listingUnit && role.role === 'unit_manager'))!;
      await tx.insert(residentBlocks).values({
        residentId: residentIds.get(r.key)!,
        reason: 'terms_misuse',
        blockedBy: 'staff',
        staffId: staffIds.get(manager.key)!,
        unitId: unitIds.get(r.listingUnit!)!,
        blockedAt: new Date(now.getTime() - 30 * DAY),
      });
    }
    for (const r of demoResidents) {
      for (const child of r.guardianOf ?? []) {
        await tx.insert(guardianships).values({ guardianId: residentIds.get(r.key)!, childId: residentIds.get(child)! });
      }
    }

    const grant = async (kind: string, proxy: string, subject: string, unit: string, decidedBy: string, basis: ProxyBasis, validUntil: string | null) => {
      await tx.insert(proxyGrants).values({
        kind,
        proxyId: residentIds.get(proxy)!,
        subjectId: residentIds.get(subject)!,
        basis,
        validFrom: swedishDate(new Date(now.getTime() - 20 * DAY)),
        validUntil,
        decidedByStaffId: staffIds.get(decidedBy)!,
        decidedInUnitId: unitIds.get(unit)!,
        decidedAt: new Date(now.getTime() - 20 * DAY),
      });
    };
    const oskar = demoResidents.find((r) => r.key === 'oskar')!;
    await grant('guardian_special_need', 'anna', 'oskar', 'visby-vc', 'karin-sjöberg', { kind: 'guardian_special_need', reason: 'Behöver stöd av förälder i kontakten med vården under pågående behandling.' }, birthdayOn(oskar.birthDate, 16));
    await grant('legal_representative', 'lina', 'r0', 'visby-vc', 'maria-ek', { kind: 'legal_representative', court: 'Gotlands tingsrätt', caseNumber: 'Ä 1234-25', decisionDate: '2025-09-15', coversPersonalCare: true }, null);
    await grant('authorised_representative', 'jonas', 'r1', 'hemse-vc', 'ahmed-hassan', { kind: 'authorised_representative', reference: 'Fullmakt 2026-10-01', scope: 'Bokade tider och meddelanden' }, null);

    const book = async (resident: string, unit: string, type: string, start: Date, opts: { practitioner?: string; prepSv?: string; prepEn?: string; status?: string } = {}) => {
      const kind = demoUnits.find((u) => u.key === unit)!.kind;
      const t = typesByKind[kind].find((x) => x.code === type)!;
      await tx.insert(bookings).values({
        residentId: residentIds.get(resident)!,
        unitId: unitIds.get(unit)!,
        appointmentTypeId: typeIds.get(`${unit}:${type}`)!,
        startsAt: start,
        endsAt: new Date(start.getTime() + t.minutes * 60_000),
        mode: t.video ? 'video' : type === 'TEL' ? 'phone' : 'visit',
        practitionerId: opts.practitioner ? staffIds.get(opts.practitioner)! : null,
        preparationSv: opts.prepSv ?? null,
        preparationEn: opts.prepEn ?? null,
        status: opts.status ?? (start.getTime() < now.getTime() ? 'completed' : 'booked'),
      });
    };
    const fasting = { prepSv: 'Kom fastande: ät inget efter midnatt. Ta med en lista över dina läkemedel.', prepEn: 'Come fasting: eat nothing after midnight. Bring a list of your medicines.' };
    await book('anna', 'visby-vc', 'LAK', at(now, 3, 8), { practitioner: 'maria-ek', ...fasting });
    // A video meeting about to start, so the waiting room and the staff portal's meetings have something to show.
    const soon = new Date(Math.ceil((now.getTime() + 5 * 60_000) / (5 * 60_000)) * 5 * 60_000);
    await book('anna', 'visby-vc', 'VID', soon, { practitioner: 'johan-holm', prepSv: 'Testa kamera och mikrofon innan du går in i väntrummet.', prepEn: 'Test your camera and microphone before you enter the waiting room.' });
    await book('anna', 'visby-vc', 'VID', at(now, 10, 13), { practitioner: 'johan-holm', prepSv: 'Sitt i ett tyst rum och testa kamera och mikrofon i appen i förväg.', prepEn: 'Sit in a quiet room and test your camera and microphone in the app beforehand.' });
    await book('anna', 'visby-vc', 'BER', at(now, 5, 9), { practitioner: 'maria-ek' });
    await book('anna', 'visby-vc', 'SSK', at(now, -40, 10), { practitioner: 'johan-holm' });
    await book('anna', 'vaccin', 'INF', at(now, -90, 7), { practitioner: 'emil-strand' });
    await book('elsa', 'bup', 'VUP', at(now, 7, 14), { practitioner: 'henrik-höök' });
    await book('elsa', 'bup', 'NYB', at(now, -30, 9), { practitioner: 'henrik-höök' });
    await book('oskar', 'vaccin', 'COV', at(now, 14, 8), { practitioner: 'emil-strand' });
    await book('sara', 'hemse-vc', 'LAK', at(now, 4, 10), { practitioner: 'ahmed-hassan' });
    await book('lars', 'slite-vc', 'TEL', at(now, -20, 11), { practitioner: 'mats-ström' });
    await book('jonas', 'visby-vc', 'TEL', at(now, 2, 12), { practitioner: 'johan-holm' });
    await book('lina', 'hemse-vc', 'SSK', at(now, 6, 9), { practitioner: 'linnea-borg' });
    await book('maja', 'hemse-vc', 'LAK', at(now, -10, 9), { practitioner: 'ahmed-hassan' });
    await book('yusuf', 'medicin', 'MOT', at(now, 8, 10), { practitioner: 'birgitta-nord' });
    await book('r1', 'medicin', 'VIU', at(now, 12, 13), { practitioner: 'birgitta-nord' });
    await book('r2', 'bmm', 'INS', at(now, 9, 8), { practitioner: 'hanna-falk' });
    await book('r4', 'visby-vc', 'LAK', at(now, -200, 9), { practitioner: 'maria-ek', status: 'completed' });
    await book('r5', 'hemse-vc', 'VID', at(now, 15, 10), { practitioner: 'ahmed-hassan' });
    await book('r7', 'roma-vc', 'LAK', at(now, 1, 12), { practitioner: 'tomas-sund', status: 'cancelled' });
    // R-BK-4: the vaccination unit publishes times for the coming two weeks, three places each.
    const slots = [];
    for (let day = 1; day <= 14; day++) {
      for (let quarter = 0; quarter < 12; quarter++) {
        const startsAt = new Date(at(now, day, 8).getTime() + quarter * 15 * 60_000);
        for (const code of ['INF', 'COV']) {
          slots.push({ unitId: unitIds.get('vaccin')!, appointmentTypeId: typeIds.get(`vaccin:${code}`)!, startsAt, endsAt: new Date(startsAt.getTime() + 10 * 60_000), capacity: 3, publishedAt: now });
        }
      }
    }
    await tx.insert(bookingSlots).values(slots);
    for (const u of demoUnits) {
      const errands = demoChatErrands[u.kind];
      if (!errands || !u.functions.includes('chat')) continue;
      const unitId = unitIds.get(u.key)!;
      await tx.insert(chatErrands).values(errands.map((e) => ({ unitId, errand: e.errand, queue: e.queue, questionnaire: e.questionnaire })));
      await tx.insert(chatSettings).values({ unitId, openingHours: demoOpeningHours, updatedAt: now, updatedByStaffId: admin });
      if (u.kind === 'primary_care') await tx.insert(replyTemplates).values(demoSharedTemplates.map((t) => ({ ...t, unitId, updatedAt: now })));
    }
    await seedDemoLetterTemplates(tx, unitIds, staffIds.get('per-olsson')!, now);
    // R-VM-3: child psychiatry wants to know who its guests are: they identify with BankID.
    await tx.insert(videoSettings).values({ unitId: unitIds.get('bup')!, guestsRequireEid: true, updatedAt: now, updatedByStaffId: admin });
    // Completed video follow-ups over the past year, for the region statistics (R-UN-5).
    for (let i = 0; i < 30; i++) await book(`r${10 + (i % 12)}`, 'medicin', 'VIU', at(now, -12 - i * 11, 9 + (i % 6)), { practitioner: 'birgitta-nord' });
    return true;
  });
}
