import { demoResidents } from '../../server/src/seed/demo-people.ts';

/** The seeded demo people the tests sign in as (see server/src/seed/demo-people.ts). */
export function residentIdentifier(key: string): string {
  const resident = demoResidents.find((r) => r.key === key);
  if (!resident) throw new Error(`No demo resident with key ${key}`);
  return resident.identifier;
}

export const demo = {
  anna: 'Anna Lindqvist',
  erik: 'Erik Lindqvist',
  jonas: 'Jonas Weber',
  lars: 'Lars Berg',
  maria: 'Maria Ek',
  /** Region administrator only, at Regionstyrelseförvaltningen. */
  eva: 'Eva Dahl',
  /** System administrator only, at Visby and Hemse vårdcentral. */
  per: 'Per Olsson',
} as const;

export const mobileViewport = { width: 390, height: 844 };
export const desktopViewport = { width: 1280, height: 800 };
