import { apiRequest } from '../../api/client.ts';
import { bankIdCollectResponse, type BankIdCollectResponse } from '../../contracts.ts';

/** POST /api/auth/bankid/collect — polled once a second while a sign-in is pending. */
export function collectBankId(): Promise<BankIdCollectResponse> {
  return apiRequest('POST', '/api/auth/bankid/collect', { body: {}, schema: bankIdCollectResponse, ignoreAuthLoss: true });
}
