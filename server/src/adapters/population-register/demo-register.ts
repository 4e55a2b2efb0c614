import { demoResidents } from '../../seed/demo-people.ts';
import type { RegisterPerson } from './population-register.port.ts';

/** The demo region's people as the population register holds them (reserve numbers are not in it). */
export function demoRegisterPeople(): RegisterPerson[] {
  const byKey = new Map(demoResidents.map((r) => [r.key, r]));
  return demoResidents
    .filter((r) => r.identifierKind !== 'reserve')
    .map((r) => ({
      identifier: r.identifier,
      givenName: r.givenName,
      familyName: r.familyName,
      birthDate: r.birthDate,
      protectedIdentity: r.protectedIdentity ?? false,
      county: r.county,
      childIdentifiers: (r.guardianOf ?? []).map((key) => byKey.get(key)!.identifier),
    }));
}
