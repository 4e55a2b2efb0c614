import { apiRequest } from '../../api/client.ts';

/** POST /api/auth/bankid/cancel — stops the pending sign-in. */
export function cancelBankId(): Promise<void> {
  return apiRequest('POST', '/api/auth/bankid/cancel', { body: {}, ignoreAuthLoss: true });
}
