import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { markPrintedResponse, printListResponse, printListSummary, printSelectionRequest } from '../../../../contracts/documents.ts';
import { requireStaff } from '../../platform/auth.ts';
import { errorResponses, fileResponse } from '../../platform/route-schemas.ts';
import type { PrintList } from './print-list.service.ts';

/** R-DC-6, R-DC-9: the unit's print list. */
export async function printListRoutes(app: FastifyInstance, deps: { printList: PrintList }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { printList } = deps;
  const tags = ['Staff: print list'];
  r.get('/api/staff/print-list', { schema: { tags, summary: 'Documents waiting to be printed at your unit, oldest first', response: { 200: printListResponse, ...errorResponses } } }, async (request) =>
    printList.list(requireStaff(request), request.id),
  );
  r.get('/api/staff/print-list/summary', { schema: { tags, summary: 'How many wait and since when, for monitoring (R-MS-12)', response: { 200: printListSummary, ...errorResponses } } }, async (request) =>
    printList.summary(requireStaff(request)),
  );
  r.post('/api/staff/print-list/print', { schema: { tags, summary: 'The chosen documents with their attachments as one PDF', body: printSelectionRequest, response: { 200: fileResponse(['application/pdf']), ...errorResponses } } }, async (request, reply) =>
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'attachment; filename="utskriftslista.pdf"')
      .header('content-security-policy', "sandbox; default-src 'none'")
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(await printList.print(requireStaff(request), request.body.documentIds, request.id))),
  );
  r.post('/api/staff/print-list/printed', { schema: { tags, summary: 'Mark the chosen documents printed; they leave the list', body: printSelectionRequest, response: { 200: markPrintedResponse, ...errorResponses } } }, async (request) =>
    printList.markPrinted(requireStaff(request), request.body.documentIds),
  );
}
