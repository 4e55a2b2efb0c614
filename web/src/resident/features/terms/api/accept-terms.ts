import { apiRequest } from '../../../../shared/api/client.ts';

/** POST /api/auth/terms/accept — creates the account and starts the session (R-ID-2). */
export function acceptTerms(termsVersion: string): Promise<void> {
  return apiRequest('POST', '/api/auth/terms/accept', {
    body: { termsVersion, consentNotifications: true, consentEDocuments: true },
    ignoreAuthLoss: true,
  });
}
