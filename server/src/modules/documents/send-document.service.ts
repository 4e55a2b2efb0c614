import type { DocumentKind } from '../../../../contracts/enums.ts';
import type { StaffDocument } from '../../../../contracts/documents.ts';
import type { z } from 'zod';
import type { sendDocumentRequest } from '../../../../contracts/documents.ts';
import type { Db } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { swedishDate } from '../../platform/local-date.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { StaffInUnit, StaffPrincipal } from '../../platform/principal.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { Unit, UnitsDirectory } from '../units/units-directory.ts';
import type { DocumentContent } from './document-content.ts';
import { type DocumentRouter, type MailboxLookup } from './document-routing.service.ts';
import { type DocumentRow, documentsRepository } from './documents.repository.ts';
import type { LetterTemplates } from './letter-templates.service.ts';
import { toStaffDocument } from './staff-document-view.ts';

const invitationExists = () => new AppError('invitation_exists', 409, 'An e-invitation was already sent for this booking', 'bookingId');

type SendInput = z.infer<typeof sendDocumentRequest>;
type ResidentRow = Awaited<ReturnType<ResidentsService['assertCareRelation']>>;

/**
 * R-DC-1…7: staff send a document to a resident of their unit. The content is fixed as sent, the
 * routing rule decides where it goes, and the decision with its reasons is stored in the same
 * transaction as the document. A retried request id answers with the document the first one made.
 */
export class DocumentSender {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly residents: ResidentsService,
    private readonly units: UnitsDirectory,
    private readonly bookings: BookingsService,
    private readonly templates: LetterTemplates,
    private readonly router: DocumentRouter,
  ) {}

  async send(principal: StaffPrincipal, residentId: string, input: SendInput): Promise<{ created: boolean; document: StaffDocument }> {
    assertStaffMay(principal, 'documents.send');
    const replay = await this.replayed(principal, residentId, input);
    if (replay) return { created: false, document: replay };
    const resident = await this.residents.assertCareRelation(this.db, principal, residentId);
    const unit = await this.units.byId(principal.activeUnitId);
    if (!unit) throw notFound('Your unit');
    if (!unit.functions.includes(input.kind)) throw new AppError('function_not_offered', 409, 'Your unit does not send this kind of document', 'kind');
    // Read before the transaction: the embedded database has one connection, which the transaction holds.
    const [mailboxes, region] = await Promise.all([this.router.lookUpMailboxes([resident]), this.units.region(unit.regionId)]);
    try {
      return await this.db.transaction(async (tx) => ({ created: true, document: await this.create(tx, principal, resident, unit, region.name, input, mailboxes) }));
    } catch (error) {
      // One e-invitation per booking is the unique index's to say, also when two senders race.
      if (isUniqueViolation(error, 'documents_invitation_booking_idx')) throw invitationExists();
      if (!isUniqueViolation(error, 'documents_request_idx')) throw error;
      const again = await this.replayed(principal, residentId, input);
      if (!again) throw error;
      return { created: false, document: again };
    }
  }

  private async replayed(principal: StaffInUnit, residentId: string, input: SendInput): Promise<StaffDocument | null> {
    const earlier = await documentsRepository.byRequest(this.db, principal.staffId, input.requestId);
    if (!earlier) return null;
    if (earlier.residentId !== residentId || earlier.kind !== input.kind || earlier.unitId !== principal.activeUnitId) {
      throw new AppError('request_id_reused', 409, 'This request id was used for another document', 'requestId');
    }
    return this.view(this.db, earlier);
  }

  private async create(tx: Db, principal: StaffInUnit, resident: ResidentRow, unit: Unit, regionName: string, input: SendInput, mailboxes: MailboxLookup): Promise<StaffDocument> {
    const now = this.clock.now();
    const draft = await this.contentFor(tx, principal, resident, unit, input);
    const content: DocumentContent = {
      ...draft.content,
      letterhead: { unitName: unit.name, streetAddress: unit.streetAddress, postalCode: unit.postalCode, city: unit.city, phone: unit.phone, regionName },
      recipient: { name: `${resident.givenName} ${resident.familyName}`, identifier: resident.identifier },
      dated: swedishDate(now),
    };
    const { facts, supplier } = await this.router.facts(tx, resident, { kind: input.kind, unitId: unit.id, appointmentTypeId: draft.appointmentTypeId, letterHasControlCode: content.controlCode !== null, agreement: null }, mailboxes);
    const routing = this.router.route(facts);
    const base = {
      unitId: unit.id,
      residentId: resident.id,
      kind: input.kind,
      bookingId: draft.bookingId,
      letterTemplateId: draft.letterTemplateId,
      content,
      createdByStaffId: principal.staffId,
      requestId: input.requestId,
      createdAt: now,
    };
    const row =
      routing.outcome === 'held'
        ? await documentsRepository.insert(tx, { ...base, status: 'held', routing: { app: [], mailbox: null, print: null, reasons: routing.reasons } })
        : await documentsRepository.insert(tx, { ...base, ...this.router.stored(routing, supplier, now) });
    if (row.status === 'sent') await documentsRepository.addAppRecipients(tx, row.id, row.routing.app);
    const attachmentIds = input.kind === 'e_invitation' ? input.attachmentIds : [];
    if ((await documentsRepository.takeAttachments(tx, attachmentIds, principal.staffId, unit.id, row.id)) !== attachmentIds.length) {
      throw new AppError('not_found', 404, 'An attached file was not found, or was already sent', 'attachmentIds');
    }
    return this.view(tx, row);
  }

  /** What the kind of document says, from the booking, the letter template, or the text given. */
  private async contentFor(tx: Db, principal: StaffInUnit, resident: ResidentRow, unit: Unit, input: SendInput) {
    const none = { bookingId: null, letterTemplateId: null, appointmentTypeId: null };
    if (input.kind === 'referral_confirmation') {
      return { ...none, content: { kind: input.kind as DocumentKind, title: input.title, body: input.body, links: [], booking: null, controlCode: null } };
    }
    if (input.kind === 'e_letter') {
      const template = await this.templates.ofUnit(tx, unit.id, input.letterTemplateId);
      return { ...none, letterTemplateId: template.id, content: { kind: input.kind as DocumentKind, title: template.title, body: input.body ?? template.body, links: [], booking: null, controlCode: template.controlCode } };
    }
    const booking = (await this.bookings.comingAtUnit(tx, resident.id, principal.activeUnitId)).find((b) => b.id === input.bookingId);
    if (!booking) throw new AppError('not_found', 404, 'No coming booking with that id at your unit', 'bookingId');
    // R-BK-2: an invitation cannot be hidden, so none is sent for a hidden appointment type.
    if (booking.hiddenType) throw new AppError('hidden_appointment_type', 409, 'No e-invitation is sent for a hidden appointment type', 'bookingId');
    return {
      bookingId: booking.id,
      letterTemplateId: null,
      appointmentTypeId: booking.appointmentTypeId,
      content: {
        kind: input.kind as DocumentKind,
        title: `Kallelse: ${booking.typeNameSv}`,
        body: input.body,
        links: input.links,
        booking: { startsAt: booking.startsAt.toISOString(), typeName: booking.typeNameSv, place: `${booking.unitName}, ${booking.unitStreetAddress}, ${booking.unitPostalCode} ${booking.unitCity}` },
        controlCode: null,
      },
    };
  }

  async view(db: Db, row: DocumentRow): Promise<StaffDocument> {
    const unit = await this.units.byId(row.unitId, db);
    return toStaffDocument(row, unit?.name ?? '', await documentsRepository.attachmentsOf(db, [row.id]));
  }
}

