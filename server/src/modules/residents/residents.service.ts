import type { IdentifierKind } from '../../../../contracts/enums.ts';
import type { AccessLogResponse, MeResponse, MyBookingsResponse, ResidentBooking } from '../../../../contracts/resident.ts';
import type { ResidentOverviewResponse, ResidentSearchResponse } from '../../../../contracts/staff.ts';
import type { ListingRegisterPort } from '../../adapters/listing-register/listing-register.port.ts';
import type { PopulationRegisterPort, RegisterPerson } from '../../adapters/population-register/population-register.port.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../platform/clock.ts';
import { AppError, notFound, unauthenticated } from '../../platform/errors.ts';
import { assertStaffMay } from '../../platform/permissions.ts';
import type { ResidentPrincipal, StaffInUnit, StaffPrincipal } from '../../platform/principal.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { BookingsService } from '../bookings/bookings.service.ts';
import type { AccountsService } from '../identity/accounts.service.ts';
import { ageOn, parseIdentifier } from '../identity/identifier.rules.ts';
import type { PersonFacts } from '../units/offer.rules.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import type { ConversationContacts } from '../messaging/conversation-contacts.ts';
import { careRelationSince, hasCareRelation } from './care-relation.rules.ts';
import { type ResidentRow, residentsRepository } from './residents.repository.ts';

const identifierProblemText = {
  format: 'Enter a personnummer (ÅÅÅÅMMDD-NNNN), samordningsnummer or reserve number',
  date: 'The date in the number does not exist',
  check_digit: 'The last digit does not match: check the number',
  future: 'The date in the number is in the future',
} as const;

function summary(r: ResidentRow) {
  return {
    id: r.id,
    identifier: r.identifier,
    identifierKind: r.identifierKind as IdentifierKind,
    givenName: r.givenName,
    familyName: r.familyName,
    birthDate: r.birthDate,
    protectedIdentity: r.protectedIdentity,
  };
}

export class ResidentsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly accounts: AccountsService,
    private readonly bookings: BookingsService,
    private readonly audit: AuditService,
    private readonly register: PopulationRegisterPort,
    private readonly listing: ListingRegisterPort,
    private readonly units: UnitsDirectory,
    private readonly conversations: ConversationContacts,
  ) {}

  async findByIdentifier(db: Db, identifier: string) {
    return residentsRepository.findByIdentifier(db, identifier);
  }

  /**
   * Brings a person's register facts (names, protected identity, county), their guardianships and the
   * listing of them and their children up to date from the population and listing registers. Run at
   * sign-in, so a custody change, a new protected identity or a move to another health centre takes
   * effect at the next sign-in. Returns null when the population register does not know them.
   */
  async refreshFromRegister(db: Db, identifier: string): Promise<ResidentRow | null> {
    const person = await this.register.lookup(identifier);
    if (!person) return null;
    const toRow = (p: RegisterPerson) => {
      const parsed = parseIdentifier(p.identifier, this.clock.now());
      return {
        identifier: p.identifier,
        identifierKind: 'problem' in parsed ? 'personnummer' : parsed.kind,
        givenName: p.givenName,
        familyName: p.familyName,
        birthDate: p.birthDate,
        protectedIdentity: p.protectedIdentity,
        registeredCounty: p.county,
      };
    };
    const resident = await residentsRepository.upsertFromRegister(db, toRow(person));
    await this.refreshListing(db, resident);
    const childIds: string[] = [];
    for (const childIdentifier of person.childIdentifiers) {
      const child = await this.register.lookup(childIdentifier);
      if (!child) continue;
      const childRow = await residentsRepository.upsertFromRegister(db, toRow(child));
      await this.refreshListing(db, childRow);
      childIds.push(childRow.id);
    }
    await residentsRepository.replaceChildren(db, resident.id, childIds);
    return (await residentsRepository.findById(db, resident.id))!;
  }

  /**
   * R-UN-3: the listing comes from the listing register; a centre not connected to the service counts
   * as none. When the register cannot be reached the last known listing stands, so sign-in still works.
   */
  private async refreshListing(db: Db, resident: ResidentRow): Promise<void> {
    if (resident.identifierKind === 'reserve') return;
    let listing;
    try {
      listing = await this.listing.listingOf(resident.identifier);
    } catch {
      return;
    }
    const unit = listing ? await this.units.byHsaId(listing.unitHsaId, db) : null;
    if ((unit?.id ?? null) !== resident.listingUnitId) await residentsRepository.setListing(db, resident.id, unit?.id ?? null);
  }

  /**
   * Where a reminder may go: the person's own mobile number, only when they have an account that
   * consented to notifications (R-ID-2), is not blocked (R-ID-4: a block may protect the person
   * from someone holding their phone) and their identity is not protected (R-BK-3); else null.
   */
  async reminderContact(db: Db, residentId: string): Promise<{ mobileNumber: string | null } | null> {
    const resident = await residentsRepository.findById(db, residentId);
    const account = await this.accounts.findForResident(db, residentId);
    if (!resident || resident.protectedIdentity || !account?.consentNotifications || (await this.accounts.isBlocked(db, residentId))) return null;
    return { mobileNumber: resident.mobileNumber };
  }

  /** What the resident-criteria evaluator needs to know about a person (R-UN-2). */
  async criteriaFacts(residentId: string): Promise<Omit<PersonFacts, 'visits'>> {
    const facts = await residentsRepository.criteriaFacts(this.db, residentId);
    if (!facts) throw notFound('The person');
    return facts;
  }

  /** A person who signs in with e-ID but is not yet known to the service gets a register entry. */
  async ensureFromEid(db: Db, person: { identifier: string; identifierKind: IdentifierKind; birthDate: string; givenName: string; familyName: string }) {
    return (await residentsRepository.findByIdentifier(db, person.identifier)) ?? residentsRepository.insert(db, person);
  }

  async names(residentId: string) {
    const resident = await residentsRepository.findById(this.db, residentId);
    if (!resident) throw unauthenticated();
    return { givenName: resident.givenName, familyName: resident.familyName };
  }

  async me(principal: ResidentPrincipal): Promise<MeResponse> {
    const [resident, account] = await Promise.all([residentsRepository.findById(this.db, principal.residentId), this.accounts.byId(principal.accountId)]);
    if (!resident || !account) throw unauthenticated();
    return {
      givenName: resident.givenName,
      familyName: resident.familyName,
      birthDate: resident.birthDate,
      termsVersion: account.termsVersion,
      termsAcceptedAt: account.termsAcceptedAt.toISOString(),
    };
  }

  async bookingsOf(principal: ResidentPrincipal): Promise<MyBookingsResponse> {
    const bookings = await this.visibleBookings(principal);
    await this.audit.recordProxyAction(this.db, principal.residentId, principal.subjectId, 'viewed_bookings');
    return bookings;
  }

  /**
   * One booking the person acted for can see in the app (R-BK-2/3), or not found. `assertUsable`
   * refuses it for the caller's purpose (e.g. no ticket for a video meeting); a refused look is not
   * recorded as one.
   */
  async bookingOf(principal: ResidentPrincipal, bookingId: string, assertUsable: (booking: ResidentBooking) => void = () => undefined): Promise<ResidentBooking> {
    const { upcoming, past } = await this.visibleBookings(principal);
    const booking = [...upcoming, ...past].find((b) => b.id === bookingId);
    if (!booking) throw notFound('The booking');
    assertUsable(booking);
    await this.audit.recordProxyAction(this.db, principal.residentId, principal.subjectId, 'viewed_bookings');
    return booking;
  }

  private async visibleBookings(principal: ResidentPrincipal): Promise<MyBookingsResponse> {
    const subject = await residentsRepository.findById(this.db, principal.subjectId);
    if (!subject) throw unauthenticated();
    return this.bookings.forResident(subject);
  }

  async accessLogOf(principal: ResidentPrincipal): Promise<AccessLogResponse> {
    return this.audit.accessLogFor(principal.subjectId);
  }

  /**
   * Search by identifier. A resident without a care relation to the unit is reported exactly like an
   * unknown one, so the search cannot be used to learn who exists.
   */
  async searchForStaff(principal: StaffPrincipal, input: string, requestId: string): Promise<ResidentSearchResponse> {
    assertStaffMay(principal, 'resident.read');
    const parsed = parseIdentifier(input, this.clock.now());
    if ('problem' in parsed) throw new AppError('invalid_identifier', 400, identifierProblemText[parsed.problem], 'identifier');
    return this.db.transaction(async (tx) => {
      const resident = await residentsRepository.findByIdentifier(tx, parsed.normalized);
      if (!resident || !(await this.related(tx, resident, principal))) return { results: [] };
      await this.audit.recordRead(tx, principal, resident.id, 'resident_search', requestId);
      return { results: [summary(resident)] };
    });
  }

  async overviewForStaff(principal: StaffPrincipal, residentId: string, requestId: string): Promise<ResidentOverviewResponse> {
    assertStaffMay(principal, 'resident.read');
    return this.db.transaction(async (tx) => {
      const resident = await this.assertCareRelation(tx, principal, residentId);
      const [account, bookings, listingUnitName] = [
        await this.accounts.summaryFor(tx, resident.id),
        await this.bookings.atUnitForStaff(tx, resident.id, principal.activeUnitId),
        resident.listingUnitId ? await this.unitName(tx, resident.listingUnitId) : null,
      ];
      await this.audit.recordRead(tx, principal, resident.id, 'resident_overview', requestId);
      return {
        resident: {
          ...summary(resident),
          ageYears: ageOn(resident.birthDate, this.clock.now()),
          registeredCounty: resident.registeredCounty,
          listingUnitName,
          // Contact details of a person with protected identity are not shown in the portal.
          mobileNumber: resident.protectedIdentity ? null : resident.mobileNumber,
        },
        account: {
          state: account.state,
          blockedReason: account.blockedReason,
          termsAcceptedAt: account.termsAcceptedAt?.toISOString() ?? null,
        },
        bookings,
      };
    });
  }

  /** Refuses (as "not found") a resident without a care relation to the staff member's unit. */
  async assertCareRelation(tx: Db, principal: StaffInUnit, residentId: string): Promise<ResidentRow> {
    const resident = await residentsRepository.findById(tx, residentId);
    if (!resident || !(await this.related(tx, resident, principal))) throw notFound('No resident with a care relation to your unit');
    return resident;
  }

  async unitName(db: Db, unitId: string): Promise<string | null> {
    return (await this.units.byId(unitId, db))?.name ?? null;
  }

  private async related(tx: Db, resident: ResidentRow, principal: StaffInUnit): Promise<boolean> {
    if (resident.listingUnitId === principal.activeUnitId) return true;
    const since = careRelationSince(this.clock.now());
    const contact =
      (await this.bookings.hasBookingAtUnitSince(tx, resident.id, principal.activeUnitId, since)) || (await this.conversations.hasConversationSince(tx, resident.id, principal.activeUnitId, since));
    return hasCareRelation(resident, principal.activeUnitId, contact);
  }
}
