/** What the sign-in service needs from BankID (RP API v6): start an order, poll it, cancel it. */

export interface BankIdOrder {
  orderRef: string;
  autoStartToken: string;
  qrStartToken: string;
  qrStartSecret: string;
}

export interface BankIdUser {
  /** Twelve digits, YYYYMMDDNNNC: a personnummer or samordningsnummer. */
  personalNumber: string;
  name: string;
  givenName: string;
  surname: string;
}

/** hintCode is BankID's own code, passed through: BankID adds codes over time, so it stays a string. */
export type BankIdCollect =
  | { status: 'pending'; hintCode: string }
  | { status: 'failed'; hintCode: string }
  | { status: 'complete'; user: BankIdUser };

export interface BankIdPort {
  auth(input: { endUserIp: string }): Promise<BankIdOrder>;
  /** Throws BankIdRejectedError('invalidParameters') once BankID no longer knows the order (cancelled, or long gone). */
  collect(orderRef: string): Promise<BankIdCollect>;
  /** Succeeds also when the order has already ended: afterwards nothing is pending either way. */
  cancel(orderRef: string): Promise<void>;
}

/** BankID could not be reached, is in maintenance, or answered in a way we cannot use. Offer sign-in again later. */
export class BankIdUnavailableError extends Error {
  override name = 'BankIdUnavailableError';
}

/**
 * BankID refused the request as sent. `invalidParameters`: the order is unknown (or the request
 * malformed); `alreadyInProgress`: the person already has an order running, which BankID has now cancelled.
 */
export class BankIdRejectedError extends Error {
  override name = 'BankIdRejectedError';
  constructor(
    readonly errorCode: 'invalidParameters' | 'alreadyInProgress',
    readonly details: string,
  ) {
    super(`BankID refused the request: ${errorCode} (${details})`);
  }
}
