/**
 * The population register (folkbokföringen, reached through Navet in production): who a person is,
 * whether their identity is protected, and who their guardians and children are.
 */
export interface RegisterPerson {
  identifier: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  protectedIdentity: boolean;
  county: string | null;
  /** Identifiers of the children this person is guardian for. */
  childIdentifiers: string[];
}

export interface PopulationRegisterPort {
  /** The register's entry for a personnummer or samordningsnummer, or null when there is none. */
  lookup(identifier: string): Promise<RegisterPerson | null>;
}
