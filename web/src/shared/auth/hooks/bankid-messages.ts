import type { BankIdHintCode } from '../../contracts.ts';

export type BankIdMode = 'qr' | 'sameDevice';

type RfaKey =
  | 'scanQr'
  | 'startingApp'
  | 'enterCode'
  | 'mrtd'
  | 'callConfirm'
  | 'inProgress'
  | 'userCancel'
  | 'cancelled'
  | 'expired'
  | 'certificateErr'
  | 'startFailedQr'
  | 'startFailedSameDevice'
  | 'declinedCall'
  | 'notSupported'
  | 'unknown';

/** BankID's recommended user messages (RFA texts) for a pending order. */
export function pendingMessage(hint: BankIdHintCode, mode: BankIdMode): `bankid.rfa.${RfaKey}` {
  switch (hint) {
    case 'outstandingTransaction':
    case 'noClient':
      return mode === 'qr' ? 'bankid.rfa.scanQr' : 'bankid.rfa.startingApp';
    case 'started':
    case 'userSign':
      return 'bankid.rfa.enterCode';
    case 'userMrtd':
      return 'bankid.rfa.mrtd';
    case 'userCallConfirm':
      return 'bankid.rfa.callConfirm';
    default:
      return 'bankid.rfa.inProgress';
  }
}

/** BankID's recommended user messages (RFA texts) for a failed order. */
export function failedMessage(hint: BankIdHintCode, mode: BankIdMode): `bankid.rfa.${RfaKey}` {
  switch (hint) {
    case 'userCancel':
      return 'bankid.rfa.userCancel';
    case 'cancelled':
      return 'bankid.rfa.cancelled';
    case 'expiredTransaction':
      return 'bankid.rfa.expired';
    case 'certificateErr':
      return 'bankid.rfa.certificateErr';
    case 'startFailed':
      return mode === 'qr' ? 'bankid.rfa.startFailedQr' : 'bankid.rfa.startFailedSameDevice';
    case 'userDeclinedCall':
      return 'bankid.rfa.declinedCall';
    case 'notSupportedByUserApp':
      return 'bankid.rfa.notSupported';
    default:
      return 'bankid.rfa.unknown';
  }
}
