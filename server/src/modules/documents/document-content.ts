import type { DocumentKind } from '../../../../contracts/enums.ts';
import type { PrintReason, RoutingReason } from '../../../../contracts/documents.ts';
import type { MessageLink } from '../../../../contracts/messaging.ts';

/** The unit's letterhead as it was when the document was sent. */
export interface Letterhead {
  unitName: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  phone: string;
  regionName: string;
}

/** What a document says, kept as sent; its PDF is rendered from this alone. */
export interface DocumentContent {
  kind: DocumentKind;
  title: string;
  body: string;
  links: MessageLink[];
  letterhead: Letterhead;
  recipient: { name: string; identifier: string };
  /** For an e-invitation: the visit. */
  booking: { startsAt: string; typeName: string; place: string } | null;
  controlCode: string | null;
  /** The Swedish date the document is dated. */
  dated: string;
}

/** The routing decision stored with the document (R-DC-3…7). */
export interface DocumentRouting {
  app: string[];
  mailbox: { operator: string; serviceAddress: string; id: string } | null;
  print: PrintReason | null;
  reasons: RoutingReason[];
}
