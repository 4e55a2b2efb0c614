import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fhirAppointment, fhirBundle, type OperationOutcome, operationOutcome } from '../../../../contracts/fhir.ts';
import { AppError } from '../../platform/errors.ts';
import { errorResponses } from '../../platform/route-schemas.ts';
import { FhirProblem, type FhirAppointments } from './fhir-appointments.service.ts';

const FHIR_JSON = 'application/fhir+json';
const outcome = (code: string, diagnostics: string, expression?: string[]): OperationOutcome => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics, ...(expression ? { expression } : {}) }] });

/**
 * R-IN-1: the EHR's FHIR R4 endpoint for Appointments. Errors are answered as OperationOutcome, as
 * FHIR clients expect, with the FHIRPath of each problem.
 */
export async function fhirRoutes(app: FastifyInstance, deps: { appointments: FhirAppointments }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser(FHIR_JSON, { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new AppError('validation_failed', 400, 'The body is not JSON'), undefined);
    }
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: OperationOutcome) => reply.status(status).type(FHIR_JSON).send(body);
    if (error instanceof FhirProblem) {
      return send(error.status, { resourceType: 'OperationOutcome', issue: error.problems.map((p) => ({ severity: 'error', code: error.code, diagnostics: p.diagnostics, expression: [p.expression] })) });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const root = error.validationContext === 'body' ? (request.url.endsWith('/r4') ? 'Bundle' : 'Appointment') : error.validationContext ?? 'request';
      return send(400, {
        resourceType: 'OperationOutcome',
        issue: error.validation.map((v) => ({ severity: 'error', code: 'structure', diagnostics: v.message ?? 'is invalid', expression: [[root, ...(v.instancePath ?? '').split('/').filter(Boolean)].join('.')] })),
      });
    }
    if (error instanceof AppError) return send(error.status, outcome(error.status === 401 ? 'login' : error.status === 403 ? 'forbidden' : 'invalid', error.message));
    // The server's own refusals (a body too large, of another type, an address too long, too many requests).
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return send(error.statusCode, outcome(error.statusCode === 413 ? 'too-costly' : error.statusCode === 429 ? 'throttled' : 'invalid', error.message));
    request.log.error({ err: error }, 'FHIR request failed');
    return send(500, outcome('exception', `Something went wrong on our side; request id ${request.id}`));
  });

  const tags = ['EHR integration (FHIR R4)'];
  // FHIR's own media type, for answers and refusals alike.
  const fhirJson = <T extends z.ZodType>(schema: T) => ({ content: { [FHIR_JSON]: { schema } } });
  const outcomeJson = fhirJson(operationOutcome);
  // 414 is the router's refusal of an address, given before any route (or this handler) is found.
  const responses = { 400: outcomeJson, 401: outcomeJson, 403: outcomeJson, 404: outcomeJson, 409: outcomeJson, 413: outcomeJson, 414: errorResponses[414], 415: outcomeJson, 422: outcomeJson, 429: outcomeJson };

  r.put(
    '/api/fhir/r4/Appointment/:id',
    {
      schema: {
        tags,
        summary: 'Create or update an Appointment by its EHR id; sending the same one again changes nothing',
        params: z.object({ id: z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/) }),
        body: fhirAppointment,
        response: { 200: fhirJson(fhirAppointment), 201: fhirJson(fhirAppointment), ...responses },
      },
    },
    async (request, reply) => {
      const result = await deps.appointments.put(request.params.id, request.body);
      return reply.code(result === 'created' ? 201 : 200).type(FHIR_JSON).send({ ...request.body, id: request.params.id });
    },
  );

  r.post(
    '/api/fhir/r4',
    {
      schema: {
        tags,
        summary: 'A transaction Bundle of Appointment PUTs: all are taken or none',
        body: fhirBundle,
        response: {
          200: fhirJson(
            z.object({
              resourceType: z.literal('Bundle'),
              type: z.literal('transaction-response'),
              entry: z.array(z.object({ response: z.object({ status: z.string(), location: z.string() }) })),
            }),
          ),
          ...responses,
        },
      },
    },
    async (request, reply) => {
      const outcomes = await deps.appointments.transaction(request.body);
      return reply.type(FHIR_JSON).send({
        resourceType: 'Bundle',
        type: 'transaction-response',
        entry: outcomes.map((o, i) => ({ response: { status: o === 'created' ? '201 Created' : '200 OK', location: request.body.entry[i]!.request.url } })),
      });
    },
  );
}
