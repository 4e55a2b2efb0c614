import { createHash } from 'node:crypto';
import type { DemoIdentity } from '../../seed/demo-people.ts';

/** The shape of completionData in BankID RP API v6 collect. */
export interface CompletionData {
  user: { personalNumber: string; name: string; givenName: string; surname: string };
  device: { ipAddress: string; uhi: string };
  bankIdIssueDate: string;
  stepUp?: { mrtd: boolean };
  signature: string;
  ocspResponse: string;
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Shaped like BankID's so clients parse it the same way, but signs nothing: the signature says it
 * is simulated. Derived from the order alone, so collecting twice gives the same answer.
 */
export function completionData(input: {
  orderRef: string;
  identity: DemoIdentity;
  deviceIp: string;
  completedAt: Date;
  requireMrtd: boolean;
  userVisibleText?: string;
}): CompletionData {
  const { identity } = input;
  const name = `${identity.givenName} ${identity.surname}`;
  // A stable device per person, so repeated sign-ins look like the same phone.
  const uhi = digest(`uhi:${identity.personalNumber}`).slice(0, 27);
  const issued = new Date(input.completedAt.getTime() - 400 * 24 * 3600_000).toISOString().slice(0, 10);
  const signedData = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<!-- Simulerad BankID: ingen riktig signatur -->',
    '<bankIdSignedData xmlns="http://www.bankid.com/signature/v1.0.0/types" Id="bidSignedData">',
    `<usrVisibleData charset="UTF-8" visible="wysiwys">${xmlText(Buffer.from(input.userVisibleText ?? '').toString('base64'))}</usrVisibleData>`,
    `<srvInfo><name>Simulator</name><nonce>${digest(`nonce:${input.orderRef}`)}</nonce><orderRef>${xmlText(input.orderRef)}</orderRef></srvInfo>`,
    `<clientInfo><funcId>Identification</funcId><host>${xmlText(input.deviceIp)}</host></clientInfo>`,
    `<userInfo><name>${xmlText(name)}</name><personalNumber>${xmlText(identity.personalNumber)}</personalNumber></userInfo>`,
    '</bankIdSignedData>',
  ].join('');
  return {
    user: { personalNumber: identity.personalNumber, name, givenName: identity.givenName, surname: identity.surname },
    device: { ipAddress: input.deviceIp, uhi },
    bankIdIssueDate: `${issued}Z`,
    ...(input.requireMrtd ? { stepUp: { mrtd: true } } : {}),
    signature: Buffer.from(signedData).toString('base64'),
    ocspResponse: Buffer.from(`simulated-ocsp:${digest(`ocsp:${input.orderRef}`)}`).toString('base64'),
  };
}
