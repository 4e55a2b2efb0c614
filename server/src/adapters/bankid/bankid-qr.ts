import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * BankID RP API v6 animated QR code. The relying party shows a new code every second, so a photo
 * of the screen goes stale quickly; the BankID app proves it saw a fresh code from this order.
 * One implementation serves our server (which draws the code) and the simulator (which checks it).
 */

/**
 * How old a scanned code may be. The real app scans within a second; in the simulator a person
 * copies the code by hand, which takes a few seconds more.
 */
export const QR_MAX_AGE_SECONDS = 10;

/** Rounding on either side may put the code's second one ahead of the order's age as the checker sees it. */
const FUTURE_TOLERANCE_SECONDS = 1;

const QR_DATA = /^bankid\.([A-Za-z0-9-]+)\.(0|[1-9]\d{0,8})\.([0-9a-f]{64})$/;

function qrAuthCode(qrStartSecret: string, time: number): string {
  return createHmac('sha256', qrStartSecret).update(String(time)).digest('hex');
}

/** `bankid.<qrStartToken>.<time>.<qrAuthCode>` with qrAuthCode = hex HMAC-SHA256(key qrStartSecret, message time). */
export function bankIdQrData(qrStartToken: string, qrStartSecret: string, secondsSinceOrder: number): string {
  if (!Number.isSafeInteger(secondsSinceOrder) || secondsSinceOrder < 0) {
    throw new RangeError(`secondsSinceOrder must be a whole number of seconds ≥ 0, got ${secondsSinceOrder}`);
  }
  return `bankid.${qrStartToken}.${secondsSinceOrder}.${qrAuthCode(qrStartSecret, secondsSinceOrder)}`;
}

export interface QrOrder {
  qrStartSecret: string;
  /** Whole seconds since the order was created, by the checker's clock. */
  secondsSinceOrder: number;
}

export type QrVerification =
  | { ok: true; qrStartToken: string }
  | { ok: false; reason: 'malformed' | 'unknownToken' | 'wrongCode' | 'stale' | 'future' };

/** Checks a scanned code: known token, right HMAC for its time, and a time that matches the order's age. */
export function verifyBankIdQrData(
  data: string,
  lookup: (qrStartToken: string) => QrOrder | undefined,
  maxAgeSeconds: number = QR_MAX_AGE_SECONDS,
): QrVerification {
  const match = QR_DATA.exec(data);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, qrStartToken = '', timeText = '', code = ''] = match;
  const order = lookup(qrStartToken);
  if (!order) return { ok: false, reason: 'unknownToken' };
  const time = Number(timeText);
  const expected = Buffer.from(qrAuthCode(order.qrStartSecret, time), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(code, 'hex'))) return { ok: false, reason: 'wrongCode' };
  if (time > order.secondsSinceOrder + FUTURE_TOLERANCE_SECONDS) return { ok: false, reason: 'future' };
  if (order.secondsSinceOrder - time > maxAgeSeconds) return { ok: false, reason: 'stale' };
  return { ok: true, qrStartToken };
}
