import { demoResidents } from '../../seed/demo-people.ts';
import type { LOCAL_OPERATORS } from './local-mailbox.adapter.ts';

/** Who in the demo region has a digital mailbox, and where: Jonas also has the app, Erik only the mailbox. */
const mailboxes: Record<string, keyof typeof LOCAL_OPERATORS> = { jonas: 'Kivra', erik: 'Kivra', r0: 'Min Myndighetspost', r2: 'Billo', r5: 'Kivra', r9: 'Kivra' };

export function demoMailboxes(): Map<string, keyof typeof LOCAL_OPERATORS> {
  return new Map(demoResidents.filter((r) => mailboxes[r.key]).map((r) => [r.identifier, mailboxes[r.key]!]));
}
