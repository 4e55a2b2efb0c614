import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FHIR_SYSTEMS } from '../../../../contracts/fhir.ts';
import type { EhrPort } from './ehr.port.ts';
import { FhirEhr } from './fhir-ehr.adapter.ts';
import { LocalEhr } from './local-ehr.adapter.ts';

const patient = '198503142383';
const appointment = { resourceType: 'Appointment', id: 'a1', status: 'booked' };

let server: FastifyInstance;
let baseUrl: string;
beforeAll(async () => {
  server = Fastify();
  server.get('/fhir/Appointment', async (request, reply) => {
    if (request.headers.authorization !== 'Bearer t') return reply.code(401).send({ resourceType: 'OperationOutcome' });
    const wanted = (request.query as Record<string, string>)['patient:Patient.identifier'];
    const entry = wanted === `${FHIR_SYSTEMS.personnummer}|${patient}` ? [{ resource: appointment }] : [];
    return reply.type('application/fhir+json').send({ resourceType: 'Bundle', type: 'searchset', entry });
  });
  baseUrl = `${await server.listen({ host: '127.0.0.1', port: 0 })}/fhir`;
});
afterAll(async () => server?.close());

const adapters: [string, () => EhrPort][] = [
  ['embedded', () => new LocalEhr([{ id: 'a1', patient, resource: appointment }])],
  ['FHIR', () => new FhirEhr({ baseUrl, token: 't' })],
];

describe.each(adapters)('R-IN-1: the %s EHR', (_name, make) => {
  it('R-IN-1: answers a person’s appointments by identifier, and none for someone else', async () => {
    expect(await make().appointmentsOf({ system: FHIR_SYSTEMS.personnummer, value: patient })).toEqual([{ id: 'a1', resource: appointment }]);
    expect(await make().appointmentsOf({ system: FHIR_SYSTEMS.personnummer, value: '191212121212' })).toEqual([]);
  });
});

describe('the FHIR EHR', () => {
  it('fails loudly when the EHR refuses', async () => {
    await expect(new FhirEhr({ baseUrl, token: 'wrong' }).appointmentsOf({ system: FHIR_SYSTEMS.personnummer, value: patient })).rejects.toThrow(/401/);
  });
});
