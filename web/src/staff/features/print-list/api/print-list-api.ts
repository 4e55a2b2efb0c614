import { ApiError, apiRequest, ensureCsrfToken, failedResponseError } from '../../../../shared/api/client.ts';
import { CSRF_HEADER } from '../../../../shared/api/csrf.ts';
import { markPrintedResponse, printListResponse, printListSummary, type PrintListResponse, type PrintListSummary } from '../../../../shared/contracts.ts';

/** GET /api/staff/print-list — what waits to be printed at the unit, oldest first (each view is logged). */
export function getPrintList(signal?: AbortSignal): Promise<PrintListResponse> {
  return apiRequest('GET', '/api/staff/print-list', { schema: printListResponse, signal });
}

/** GET /api/staff/print-list/summary — how many wait and since when (R-MS-12 monitoring). */
export function getPrintListSummary(signal?: AbortSignal): Promise<PrintListSummary> {
  return apiRequest('GET', '/api/staff/print-list/summary', { schema: printListSummary, signal });
}

/** POST /api/staff/print-list/printed — the chosen documents leave the list. */
export function markPrinted(documentIds: string[]): Promise<{ printed: number }> {
  return apiRequest('POST', '/api/staff/print-list/printed', { body: { documentIds }, schema: markPrintedResponse });
}

/** POST /api/staff/print-list/print — the chosen documents with their attachments as one PDF. */
export async function printSelection(documentIds: string[]): Promise<Blob> {
  const token = await ensureCsrfToken();
  let response: Response;
  try {
    response = await fetch('/api/staff/print-list/print', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/pdf', ...(token ? { [CSRF_HEADER]: token } : {}) },
      body: JSON.stringify({ documentIds }),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'The service could not be reached');
  }
  if (!response.ok) throw failedResponseError(response.status, await response.json().catch(() => undefined));
  return response.blob();
}
