import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FhirListingRegister, HSA_ID_SYSTEM, PERSONNUMMER_SYSTEM, SAMORDNINGSNUMMER_SYSTEM } from './fhir.adapter.ts';
import type { ListingRegisterPort } from './listing-register.port.ts';
import { LocalListingRegister } from './local.adapter.ts';

const listed = '198503142383';
const coordination = '199205773456';
const unlisted = '197001011234';
const visby = 'SE2321000198-E001';
const hemse = 'SE2321000198-E002';

/** A FHIR R4 server answering Patient searches the way a regional listing service does. */
async function fhirServer(): Promise<{ app: FastifyInstance; baseUrl: string; seen: string[] }> {
  const seen: string[] = [];
  const patients = new Map([
    [`${PERSONNUMMER_SYSTEM}|${listed}`, visby],
    [`${SAMORDNINGSNUMMER_SYSTEM}|${coordination}`, hemse],
    [`${PERSONNUMMER_SYSTEM}|${unlisted}`, null],
  ]);
  const app = Fastify();
  app.get('/fhir/Patient', async (request, reply) => {
    const identifier = (request.query as { identifier: string }).identifier;
    seen.push(identifier);
    if (request.headers.authorization !== 'Bearer secret') return reply.code(401).send({ resourceType: 'OperationOutcome' });
    const unit = patients.get(identifier);
    const entry =
      unit === undefined
        ? []
        : [{ resource: { resourceType: 'Patient', generalPractitioner: unit ? [{ identifier: { system: 'urn:oid:other', value: 'x' } }, { identifier: { system: HSA_ID_SYSTEM, value: unit } }] : [] } }];
    return reply.type('application/fhir+json').send({ resourceType: 'Bundle', type: 'searchset', entry });
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, baseUrl: `${address}/fhir`, seen };
}

let server: Awaited<ReturnType<typeof fhirServer>>;
beforeAll(async () => {
  server = await fhirServer();
});
afterAll(async () => server?.app.close());

const adapters: [string, () => ListingRegisterPort][] = [
  ['embedded', () => new LocalListingRegister([[listed, visby], [coordination, hemse]])],
  ['FHIR', () => new FhirListingRegister({ baseUrl: server.baseUrl, token: 'secret' })],
];

describe.each(adapters)('R-UN-3: the %s listing register', (_name, make) => {
  it('R-UN-3: answers the HSA-ID of the centre a person is listed at', async () => {
    expect(await make().listingOf(listed)).toEqual({ unitHsaId: visby });
    expect(await make().listingOf(coordination)).toEqual({ unitHsaId: hemse });
  });

  it('R-UN-3: answers null for a person listed nowhere and for an unknown person', async () => {
    expect(await make().listingOf(unlisted)).toBeNull();
    expect(await make().listingOf('191212121212')).toBeNull();
  });
});

describe('the FHIR listing register', () => {
  it('searches by the identifier system that fits the number', async () => {
    await new FhirListingRegister({ baseUrl: server.baseUrl, token: 'secret' }).listingOf(coordination);
    expect(server.seen.at(-1)).toBe(`${SAMORDNINGSNUMMER_SYSTEM}|${coordination}`);
  });

  it('fails loudly when the service refuses, instead of reporting the person as unlisted', async () => {
    await expect(new FhirListingRegister({ baseUrl: server.baseUrl, token: 'wrong' }).listingOf(listed)).rejects.toThrow(/401/);
  });
});
