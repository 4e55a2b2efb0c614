import type { PopulationRegisterPort, RegisterPerson } from './population-register.port.ts';

/**
 * The embedded register: a fixed set of people given at construction (the demo region), answering
 * like the real register would. It keeps its own copy, so changing it never touches our database.
 */
export class LocalPopulationRegister implements PopulationRegisterPort {
  private readonly people: Map<string, RegisterPerson>;

  constructor(people: readonly RegisterPerson[]) {
    this.people = new Map(people.map((p) => [p.identifier, { ...p, childIdentifiers: [...p.childIdentifiers] }]));
  }

  async lookup(identifier: string): Promise<RegisterPerson | null> {
    const person = this.people.get(identifier);
    return person ? { ...person, childIdentifiers: [...person.childIdentifiers] } : null;
  }

  /** Someone new in the register (born, moved here); tests and demos use this. */
  add(person: RegisterPerson): void {
    this.people.set(person.identifier, { ...person, childIdentifiers: [...person.childIdentifiers] });
  }

  /** The register changes over time (a custody decision, a new protected identity); tests and demos use this. */
  update(identifier: string, change: Partial<Omit<RegisterPerson, 'identifier'>>): void {
    const person = this.people.get(identifier);
    if (!person) throw new Error(`No one with identifier ${identifier} in the local register`);
    this.people.set(identifier, { ...person, ...change });
  }
}
