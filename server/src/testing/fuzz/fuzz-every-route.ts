import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from '../test-browser.ts';
import { browserFor, type Caller, callerHeaders, callers } from '../callers.ts';
import { TestContext } from '../test-context.ts';
import { type OpenApiDocument, type Operation, operationsOf } from './openapi-operations.ts';
import { type RequestCase, requestCases } from './request-cases.ts';
import { WriteMonitor } from './write-monitor.ts';

/**
 * Schema-driven fuzzing: from the OpenAPI document, valid, boundary and malformed requests against
 * every route as every kind of caller. Whatever comes in, the API answers below 500, within the
 * schema it declares for that status, and a request it refuses changes nothing. Ids shown in
 * earlier answers (the caller's own and other callers') are reused, so requests reach real rows.
 */
/** At least this many requests in all, spread evenly over routes and callers (CI's second pass on PostgreSQL sends fewer). */
const TOTAL_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 20_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function urlOf(operation: Operation, request: RequestCase): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(request.params[name] ?? ''));
  const query = new URLSearchParams(request.query).toString();
  return query ? `${path}?${query}` : path;
}

/** Registers the fuzzing of every route as each of `some` callers; two test files share the callers so that both test processes fuzz. */
export function fuzzEveryRouteAs(some: Caller[]): void {
  let ctx: TestContext;
  let monitor: WriteMonitor;
  let operations: Operation[];
  let casesPerRouteAndCaller = 1;
  let resolve: (ref: string) => never;
  const knownIds = new Set<string>();
  let knownList: string[] = [];

  beforeAll(async () => {
    ctx = await TestContext.create();
    await ctx.app.ready();
    const doc = ctx.app.swagger() as unknown as OpenApiDocument;
    ({ operations, resolve } = operationsOf(doc) as { operations: Operation[]; resolve: (ref: string) => never });
    monitor = await WriteMonitor.install(ctx.database.db);
    casesPerRouteAndCaller = Math.ceil(TOTAL_REQUESTS / (operations.length * callers.length));
  }, 120_000);
  afterAll(async () => ctx?.close());

  function harvest(body: string): void {
    for (const id of body.match(UUID) ?? []) knownIds.add(id);
  }

  /** Signs the caller in again when a request ended their session (sign-out, unregistering, a block); anonymous if that is no longer possible. */
  async function freshBrowser(caller: Caller): Promise<TestBrowser> {
    try {
      return await browserFor(ctx, caller);
    } catch {
      return ctx.browser();
    }
  }

  describe('fuzzing every route from the OpenAPI document', () => {
    it.each(some)('as $name: no 5xx, every answer within its declared schema, nothing written by a refused request', async (caller) => {
      let browser = await freshBrowser(caller);
      const problems = new Set<string>();
      let sent = 0;
      let refused = 0;
      for (const [index, operation] of operations.entries()) {
        if (operation.route === 'GET /api/ws') continue;
        knownList = [...knownIds];
        const cases = requestCases(operation.shape, { knownIds: () => knownList, resolve }, SEED + index * 7_919 + caller.name.length, casesPerRouteAndCaller);
        for (const request of cases) {
          const before = await monitor.count();
          const url = urlOf(operation, request);
          const res = request.raw
            ? await browser.requestRaw(operation.method, url, request.raw.payload, request.raw.contentType, callerHeaders(caller))
            : await browser.request(operation.method, url, operation.method === 'GET' ? undefined : (request.body ?? (operation.shape.body ? undefined : {})), callerHeaders(caller));
          sent++;
          const where = `${operation.route} [${request.kind}: ${request.label}]`;
          if (res.statusCode >= 500) problems.add(`${where}: ${res.statusCode}`);
          const outside = operation.checkResponse(res.statusCode, res.headers['content-type'] as string | undefined, res.body);
          if (outside) problems.add(`${where}: ${outside}`);
          if (res.statusCode >= 400) {
            refused++;
            const after = await monitor.count();
            if (after.n !== before.n) problems.add(`${where}: refused with ${res.statusCode} but wrote to ${after.lastTable}`);
          } else if (res.body) {
            harvest(res.body);
          }
          if (res.statusCode === 401 && caller.kind !== 'anonymous' && caller.kind !== 'ehr' && !browser.cookies.has('sid')) browser = await freshBrowser(caller);
        }
      }
      expect([...problems], [...problems].join("\n")).toEqual([]);
      // The run was real: thousands of requests, most refused, some accepted.
      expect(sent).toBeGreaterThan(operations.length * casesPerRouteAndCaller * 0.9);
      expect(refused).toBeGreaterThan(sent / 4);
    }, 900_000);
  });
}
