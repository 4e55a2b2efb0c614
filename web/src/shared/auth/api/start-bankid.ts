import type { z } from 'zod';
import { apiRequest } from '../../api/client.ts';
import { bankIdStartResponse, type SignInAudience } from '../../contracts.ts';

export type BankIdStartResponse = z.infer<typeof bankIdStartResponse>;

/** POST /api/auth/bankid/start — begins a BankID sign-in bound to this browser. */
export function startBankId(audience: SignInAudience): Promise<BankIdStartResponse> {
  return apiRequest('POST', '/api/auth/bankid/start', { body: { audience }, schema: bankIdStartResponse, ignoreAuthLoss: true });
}
