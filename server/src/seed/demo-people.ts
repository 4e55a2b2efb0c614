import type { Profession, StaffRole, UnitFunction, UnitKind } from '../../../contracts/enums.ts';
import type { CriteriaGroup } from '../../../contracts/criteria.ts';
import type { CriteriaScope } from '../../../contracts/units.ts';
import { makeIdentifier } from '../modules/identity/identifier.rules.ts';

/**
 * The demo region's people. Birth dates are fixed (not relative to today) so that the seeded
 * register and the BankID simulator's demo identities agree on every start; the children's
 * dates keep them under 13 and 13–16 for years.
 */
export interface DemoUnit {
  key: string;
  hsaId: string;
  name: string;
  kind: UnitKind;
  functions: UnitFunction[];
  streetAddress: string;
  postalCode: string;
  city: string;
  phone: string;
}

export interface DemoResident {
  key: string;
  identifier: string;
  identifierKind: 'personnummer' | 'samordningsnummer' | 'reserve';
  birthDate: string;
  givenName: string;
  familyName: string;
  protectedIdentity?: boolean;
  county: string;
  listingUnit: string | null;
  mobile: string | null;
  account: 'none' | 'active' | 'blocked';
  guardianOf?: string[];
}

export interface DemoStaff {
  key: string;
  hsaId: string;
  personalNumber: string;
  givenName: string;
  familyName: string;
  profession: Profession;
  roles: { unit: string; role: StaffRole }[];
}

export const demoRegion = { code: '09', name: 'Region Gotland' };

const all: UnitFunction[] = ['video', 'chat', 'e_invitation', 'e_letter', 'referral_confirmation'];
export const demoUnits: DemoUnit[] = [
  { key: 'visby-vc', hsaId: 'SE2321000198-E001', name: 'Visby vårdcentral', kind: 'primary_care', functions: all, streetAddress: 'Stenkumlaväg 39', postalCode: '621 84', city: 'Visby', phone: '0498-26 80 00' },
  { key: 'hemse-vc', hsaId: 'SE2321000198-E002', name: 'Hemse vårdcentral', kind: 'primary_care', functions: all, streetAddress: 'Ronevägen 2', postalCode: '623 50', city: 'Hemse', phone: '0498-26 85 00' },
  { key: 'slite-vc', hsaId: 'SE2321000198-E003', name: 'Slite vårdcentral', kind: 'primary_care', functions: ['chat', 'e_invitation'], streetAddress: 'Storgatan 10', postalCode: '624 48', city: 'Slite', phone: '0498-26 86 00' },
  { key: 'roma-vc', hsaId: 'SE2321000198-E004', name: 'Roma vårdcentral', kind: 'primary_care', functions: ['chat', 'e_invitation', 'e_letter'], streetAddress: 'Vägen 5', postalCode: '622 54', city: 'Romakloster', phone: '0498-26 87 00' },
  { key: 'bup', hsaId: 'SE2321000198-E005', name: 'BUP Gotland', kind: 'child_psychiatry', functions: ['video', 'e_invitation', 'e_letter'], streetAddress: 'Lasarettsgatan 1', postalCode: '621 84', city: 'Visby', phone: '0498-26 83 00' },
  { key: 'vaccin', hsaId: 'SE2321000198-E006', name: 'Vaccinationsmottagningen Visby', kind: 'vaccination', functions: ['self_booking', 'e_invitation'], streetAddress: 'Visborgsallén 19', postalCode: '621 81', city: 'Visby', phone: '0498-26 90 00' },
  { key: 'medicin', hsaId: 'SE2321000198-E007', name: 'Medicinmottagningen, Visby lasarett', kind: 'hospital_clinic', functions: ['video', 'e_invitation', 'e_letter', 'referral_confirmation'], streetAddress: 'Lasarettsgatan 1', postalCode: '621 84', city: 'Visby', phone: '0498-26 82 00' },
  { key: 'bmm', hsaId: 'SE2321000198-E008', name: 'Barnmorskemottagningen Visby', kind: 'maternity', functions: ['chat', 'video', 'e_invitation'], streetAddress: 'Stenkumlaväg 39', postalCode: '621 84', city: 'Visby', phone: '0498-26 84 00' },
  { key: 'kansli', hsaId: 'SE2321000198-E099', name: 'Regionstyrelseförvaltningen', kind: 'region_office', functions: [], streetAddress: 'Visborgsallén 19', postalCode: '621 81', city: 'Visby', phone: '0498-26 90 00' },
];

const resident = (r: Omit<DemoResident, 'identifier' | 'identifierKind'> & { serial: number; coordination?: boolean; reserve?: string }): DemoResident => ({
  ...r,
  identifier: r.reserve ?? makeIdentifier(r.birthDate, r.serial, r.coordination),
  identifierKind: r.reserve ? 'reserve' : r.coordination ? 'samordningsnummer' : 'personnummer',
});

const named: DemoResident[] = [
  resident({ key: 'anna', serial: 123, birthDate: '1985-03-14', givenName: 'Anna', familyName: 'Lindqvist', county: 'Gotlands län', listingUnit: 'visby-vc', mobile: '070-123 45 67', account: 'active', guardianOf: ['elsa', 'oskar'] }),
  resident({ key: 'erik', serial: 457, birthDate: '1983-07-22', givenName: 'Erik', familyName: 'Lindqvist', county: 'Gotlands län', listingUnit: 'visby-vc', mobile: '070-234 56 78', account: 'none', guardianOf: ['elsa', 'oskar'] }),
  resident({ key: 'elsa', serial: 342, birthDate: '2019-09-03', givenName: 'Elsa', familyName: 'Lindqvist', county: 'Gotlands län', listingUnit: 'visby-vc', mobile: null, account: 'none' }),
  resident({ key: 'oskar', serial: 551, birthDate: '2012-04-18', givenName: 'Oskar', familyName: 'Lindqvist', county: 'Gotlands län', listingUnit: 'visby-vc', mobile: '073-111 22 33', account: 'none' }),
  resident({ key: 'sara', serial: 284, birthDate: '1990-11-30', givenName: 'Sara', familyName: 'Nyström', protectedIdentity: true, county: 'Gotlands län', listingUnit: 'hemse-vc', mobile: null, account: 'active' }),
  resident({ key: 'yusuf', serial: 0, reserve: '19700101R001', birthDate: '1970-01-01', givenName: 'Yusuf', familyName: 'Ahmed', county: 'Gotlands län', listingUnit: null, mobile: null, account: 'none' }),
  resident({ key: 'lars', serial: 218, birthDate: '1958-06-02', givenName: 'Lars', familyName: 'Berg', county: 'Gotlands län', listingUnit: 'slite-vc', mobile: '070-345 67 89', account: 'blocked' }),
  resident({ key: 'jonas', serial: 173, coordination: true, birthDate: '1992-05-17', givenName: 'Jonas', familyName: 'Weber', county: 'Gotlands län', listingUnit: 'visby-vc', mobile: '076-555 44 33', account: 'active' }),
  resident({ key: 'maja', serial: 626, birthDate: '2016-01-25', givenName: 'Maja', familyName: 'Karlsson', county: 'Gotlands län', listingUnit: 'hemse-vc', mobile: null, account: 'none' }),
  resident({ key: 'noah', serial: 714, birthDate: '2011-10-09', givenName: 'Noah', familyName: 'Karlsson', county: 'Gotlands län', listingUnit: 'hemse-vc', mobile: null, account: 'none' }),
  resident({ key: 'lina', serial: 385, birthDate: '1987-12-01', givenName: 'Lina', familyName: 'Karlsson', county: 'Gotlands län', listingUnit: 'hemse-vc', mobile: '072-987 65 43', account: 'active', guardianOf: ['maja', 'noah'] }),
];

const givenNames = ['Astrid', 'Bertil', 'Cecilia', 'David', 'Emma', 'Fredrik', 'Greta', 'Hugo', 'Ingrid', 'Johan', 'Karin', 'Leo', 'Märta', 'Nils', 'Olivia', 'Pelle', 'Rut', 'Sven', 'Tove', 'Ulf', 'Vera', 'Wilhelm'];
const familyNames = ['Andersson', 'Björk', 'Ceder', 'Dahlberg', 'Ek', 'Fors', 'Gustafsson', 'Hansson', 'Isaksson', 'Jakobsson', 'Kvist'];
const listingRota = ['visby-vc', 'hemse-vc', 'slite-vc', 'roma-vc'];

const generated: DemoResident[] = givenNames.map((givenName, i) =>
  resident({
    key: `r${i}`,
    serial: 200 + i * 7,
    birthDate: `${1940 + i * 3}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    givenName,
    familyName: familyNames[i % familyNames.length] ?? 'Ek',
    county: i % 5 === 4 ? 'Stockholms län' : 'Gotlands län',
    listingUnit: listingRota[i % listingRota.length] ?? null,
    mobile: `070-${String(100 + i).padStart(3, '0')} 00 ${String(10 + i).padStart(2, '0')}`,
    account: i % 3 === 0 ? 'none' : 'active',
  }),
);

export const demoResidents: DemoResident[] = [...named, ...generated];

/** Diagnoses (ICD-10) on record, for the diagnosis criterion. */
export const demoDiagnoses: Record<string, string[]> = {
  lars: ['I10', 'E11.9'],
  jonas: ['J45.9'],
  noah: ['F90.0'],
  r3: ['E11.9'],
  r6: ['E10.9'],
};

/** R-UN-2: criteria the demo units use. */
export const demoCriteria: { unit: string; scope: CriteriaScope; criteria: CriteriaGroup }[] = [
  // Vaccination on Gotland is for people registered on Gotland.
  { unit: 'vaccin', scope: 'self_booking', criteria: { op: 'all', items: [{ type: 'county', counties: ['Gotlands län'] }] } },
  { unit: 'bmm', scope: 'chat', criteria: { op: 'all', items: [{ type: 'age', min: 15, max: 55 }] } },
  // The medical clinic meets people with diabetes, or seen there in the last year, by video.
  {
    unit: 'medicin',
    scope: 'video',
    criteria: { op: 'any', items: [{ type: 'diagnosis', codes: ['E10', 'E11'] }, { type: 'earlier_visit', withinMonths: 12 }] },
  },
];

const hsa = (n: number) => `SE2321000198-P${String(n).padStart(4, '0')}`;
const staffMember = (n: number, birthDate: string, givenName: string, familyName: string, profession: Profession, roles: DemoStaff['roles']): DemoStaff => ({
  key: `${givenName.toLowerCase()}-${familyName.toLowerCase()}`,
  hsaId: hsa(n),
  personalNumber: makeIdentifier(birthDate, 800 + n),
  givenName,
  familyName,
  profession,
  roles,
});

export const demoStaff: DemoStaff[] = [
  staffMember(1, '1978-02-11', 'Maria', 'Ek', 'physician', [{ unit: 'visby-vc', role: 'staff' }, { unit: 'hemse-vc', role: 'staff' }]),
  staffMember(2, '1984-05-06', 'Johan', 'Holm', 'nurse', [{ unit: 'visby-vc', role: 'staff' }]),
  staffMember(3, '1971-09-19', 'Karin', 'Sjöberg', 'nurse', [{ unit: 'visby-vc', role: 'unit_manager' }, { unit: 'visby-vc', role: 'staff' }]),
  staffMember(4, '1980-12-24', 'Per', 'Olsson', 'administrator', [{ unit: 'visby-vc', role: 'system_admin' }, { unit: 'hemse-vc', role: 'system_admin' }]),
  staffMember(5, '1969-03-03', 'Eva', 'Dahl', 'administrator', [{ unit: 'kansli', role: 'region_admin' }]),
  staffMember(6, '1988-07-15', 'Ahmed', 'Hassan', 'physician', [{ unit: 'hemse-vc', role: 'staff' }]),
  staffMember(7, '1992-01-30', 'Linnea', 'Borg', 'nurse', [{ unit: 'hemse-vc', role: 'staff' }, { unit: 'hemse-vc', role: 'unit_manager' }]),
  staffMember(8, '1975-11-08', 'Henrik', 'Höök', 'psychologist', [{ unit: 'bup', role: 'staff' }]),
  staffMember(9, '1983-04-12', 'Sofia', 'Lund', 'counsellor', [{ unit: 'bup', role: 'staff' }, { unit: 'bup', role: 'unit_manager' }]),
  staffMember(10, '1990-08-21', 'Emil', 'Strand', 'nurse', [{ unit: 'vaccin', role: 'staff' }]),
  staffMember(11, '1966-06-16', 'Birgitta', 'Nord', 'physician', [{ unit: 'medicin', role: 'staff' }, { unit: 'medicin', role: 'unit_manager' }]),
  staffMember(12, '1994-10-02', 'Oscar', 'Wik', 'assistant_nurse', [{ unit: 'medicin', role: 'staff' }]),
  staffMember(13, '1986-02-27', 'Hanna', 'Falk', 'midwife', [{ unit: 'bmm', role: 'staff' }]),
  staffMember(14, '1979-09-09', 'Mats', 'Ström', 'physiotherapist', [{ unit: 'slite-vc', role: 'staff' }, { unit: 'roma-vc', role: 'staff' }]),
  staffMember(15, '1991-12-12', 'Elin', 'Berglund', 'medical_secretary', [{ unit: 'slite-vc', role: 'staff' }, { unit: 'slite-vc', role: 'unit_manager' }]),
  staffMember(16, '1973-05-05', 'Tomas', 'Sund', 'physician', [{ unit: 'roma-vc', role: 'staff' }, { unit: 'roma-vc', role: 'unit_manager' }]),
];

/** What the BankID simulator's test app offers to sign in as: everyone who holds a BankID. */
export interface DemoIdentity {
  personalNumber: string;
  givenName: string;
  surname: string;
  /** Shown in the test app to tell demo people apart, e.g. "Invånare" or "Vårdpersonal, HSA-ID …". */
  label: string;
}

export function demoIdentities(): DemoIdentity[] {
  const residents = demoResidents
    .filter((r) => r.identifierKind !== 'reserve' && !['elsa', 'maja'].includes(r.key))
    .map((r) => ({ personalNumber: r.identifier, givenName: r.givenName, surname: r.familyName, label: r.account === 'blocked' ? 'Invånare (spärrat konto)' : 'Invånare' }));
  const staffIds = demoStaff.map((s) => ({ personalNumber: s.personalNumber, givenName: s.givenName, surname: s.familyName, label: `Vårdpersonal, HSA-ID ${s.hsaId}` }));
  return [...staffIds, ...residents];
}
