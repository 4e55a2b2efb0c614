import { FHIR_SYSTEMS, type FhirAppointment, type FhirBundle, fhirAppointment } from '../../../../contracts/fhir.ts';
import type { EhrPort } from '../../adapters/ehr/ehr.port.ts';
import type { Db } from '../../db/client.ts';
import type { EhrBookings } from '../bookings/ehr-bookings.service.ts';
import type { ResidentsService } from '../residents/residents.service.ts';
import type { StaffDirectory } from '../staff/staff.service.ts';
import type { UnitsDirectory } from '../units/units-directory.ts';
import { type EhrAppointment, type Problem, readAppointment } from './appointment.rules.ts';

/** An Appointment the service cannot take, with FHIR's issue code and where the problems are. */
export class FhirProblem extends Error {
  constructor(
    readonly status: 400 | 422,
    readonly code: 'structure' | 'required' | 'not-found' | 'business-rule' | 'invalid',
    readonly problems: Problem[],
  ) {
    super(problems.map((p) => `${p.expression}: ${p.diagnostics}`).join('; '));
  }
}

export type Outcome = 'created' | 'updated' | 'unchanged';

const SYSTEM_OF = { personnummer: FHIR_SYSTEMS.personnummer, samordningsnummer: FHIR_SYSTEMS.samordningsnummer } as const;

/** R-IN-1: bookings arrive from the EHR as FHIR R4 Appointments, one at a time or as a transaction bundle. */
export class FhirAppointments {
  constructor(
    private readonly db: Db,
    private readonly residents: ResidentsService,
    private readonly units: UnitsDirectory,
    private readonly staff: StaffDirectory,
    private readonly ehrBookings: EhrBookings,
    private readonly ehr: EhrPort,
  ) {}

  /**
   * Reads a person's appointments from the EHR and takes in what the feed has not brought, one at
   * a time: an appointment the service cannot take is left for the EHR's own error handling.
   */
  async syncFor(identifier: string, kind: 'personnummer' | 'samordningsnummer'): Promise<{ taken: number; refused: number }> {
    const found = await this.ehr.appointmentsOf({ system: SYSTEM_OF[kind], value: identifier });
    let taken = 0;
    let refused = 0;
    for (const { id, resource } of found) {
      const parsed = fhirAppointment.safeParse(resource);
      if (!parsed.success) {
        refused++;
        continue;
      }
      try {
        if ((await this.put(id, parsed.data)) !== 'unchanged') taken++;
      } catch (error) {
        if (!(error instanceof FhirProblem)) throw error;
        refused++;
      }
    }
    return { taken, refused };
  }

  async put(ehrId: string, resource: FhirAppointment): Promise<Outcome> {
    return this.db.transaction((tx) => this.apply(tx, ehrId, resource, 'Appointment'));
  }

  /** A transaction bundle: every entry is taken, or none (the first problem is reported with its entry). */
  async transaction(bundle: FhirBundle): Promise<Outcome[]> {
    return this.db.transaction(async (tx) => {
      const outcomes: Outcome[] = [];
      for (const [i, entry] of bundle.entry.entries()) {
        const at = `Bundle.entry[${i}].resource`;
        const parsed = fhirAppointment.safeParse(entry.resource);
        if (!parsed.success) {
          throw new FhirProblem(400, 'structure', parsed.error.issues.map((issue) => ({ expression: [at, ...issue.path].join('.'), diagnostics: issue.message })));
        }
        outcomes.push(await this.apply(tx, entry.request.url.slice('Appointment/'.length), parsed.data, at));
      }
      return outcomes;
    });
  }

  private async apply(tx: Db, ehrId: string, resource: FhirAppointment, at: string): Promise<Outcome> {
    const read = readAppointment(ehrId, resource);
    const where = (p: Problem) => ({ ...p, expression: p.expression.replace(/^Appointment/, at) });
    if ('problems' in read) throw new FhirProblem(400, 'required', read.problems.map(where));
    const a: EhrAppointment = read.appointment;
    const refuse = (expression: string, diagnostics: string, code: FhirProblem['code'] = 'not-found') => new FhirProblem(422, code, [where({ expression, diagnostics })]);

    const resident = (await this.residents.findByIdentifier(tx, a.patientIdentifier)) ?? (await this.residents.refreshFromRegister(tx, a.patientIdentifier));
    if (!resident) throw refuse('Appointment.participant', 'the patient is not known to the population register');
    const unit = await this.units.byHsaId(a.unitHsaId, tx);
    if (!unit) throw refuse('Appointment.participant', `no care unit with HSA-ID ${a.unitHsaId} is connected`);
    const type = await this.ehrBookings.appointmentType(tx, unit.id, a.appointmentTypeCode);
    if (!type) throw refuse('Appointment.appointmentType', `${unit.name} has no appointment type ${a.appointmentTypeCode}`);
    // R-VM-5: the unit decides per appointment type whether video is offered.
    if (a.mode === 'video' && !type.videoAllowed) throw refuse('Appointment.serviceType', `${type.nameSv} is not offered as a video meeting`, 'business-rule');
    const practitioner = a.practitionerHsaId ? await this.staff.byHsaId(tx, a.practitionerHsaId) : null;

    return this.ehrBookings.upsert(tx, {
      ehrId: a.ehrId,
      residentId: resident.id,
      unitId: unit.id,
      appointmentTypeId: type.id,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      mode: a.mode,
      status: a.status,
      practitionerId: practitioner?.id ?? null,
      preparation: a.preparation,
    });
  }
}
