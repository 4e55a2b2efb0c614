import fc from 'fast-check';
import { type ArbitraryOptions, arbitraryFor, type JsonSchema } from './schema-arbitrary.ts';

export type CaseKind = 'valid' | 'boundary' | 'malformed';

export interface RequestCase {
  kind: CaseKind;
  label: string;
  params: Record<string, string>;
  query: Record<string, string>;
  /** A JSON body, or a raw body with its content type for bodies that are not JSON at all. */
  body?: unknown;
  raw?: { payload: string; contentType: string };
}

export interface OperationShape {
  pathParams: Record<string, JsonSchema>;
  queryParams: Record<string, JsonSchema>;
  body: JsonSchema | null;
}

const hostileStrings = [
  '',
  ' ',
  'a\u0000b',
  '\ud800',
  "' or 1=1 --",
  '"; drop table residents; --',
  '../../../../etc/passwd',
  '%00',
  '<script>window.__xss=1</script>',
  '${7*7}{{7*7}}',
  '𝕳𝖊𝖏 😀 ÅÄÖ éü ≥',
  'x'.repeat(10_001),
  '19121212-1212',
  '-1',
  'NaN',
  'null',
];
const hostileNumbers = [-1, 0, -0, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308];
const wrongTypes: unknown[] = [null, true, 12, 'text', [], {}, [1, 2], { nested: { deeper: true } }];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A seeded generator of numbers in [0, 1): the same seed gives the same requests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function sample(arbitrary: fc.Arbitrary<unknown>, seed: number): unknown {
  return fc.sample(arbitrary, { numRuns: 1, seed })[0];
}

type PartArbitraries = ReturnType<typeof partArbitraries>;

/** Built once per operation and sampled for each case: building them (patterns, known ids) costs more than sampling. */
function partArbitraries(shape: OperationShape, options: ArbitraryOptions) {
  return {
    params: Object.entries(shape.pathParams).map(([name, s]) => [name, arbitraryFor(s, options)] as const),
    query: Object.entries(shape.queryParams).map(([name, s]) => [name, arbitraryFor(s, options)] as const),
    body: shape.body ? arbitraryFor(shape.body, options) : null,
  };
}

function validParts(arbitraries: PartArbitraries, seed: number) {
  // A value of '.' or '..' would make another address (the path is normalised), not a request to this route.
  const segment = (value: string) => (value === '.' || value === '..' ? `${value}x` : value);
  const params = Object.fromEntries(arbitraries.params.map(([name, arbitrary], i) => [name, segment(String(sample(arbitrary, seed + i)))]));
  const query: Record<string, string> = {};
  arbitraries.query.forEach(([name, arbitrary], i) => {
    const value = sample(arbitrary, seed + 100 + i);
    if (value !== undefined && value !== null) query[name] = String(value);
  });
  const body = arbitraries.body ? sample(arbitraries.body, seed + 200) : undefined;
  return { params, query, body };
}

/** Strings, numbers and arrays at and just past their declared limits. */
function boundaryBody(schema: JsonSchema, valid: unknown, random: () => number): { body: unknown; label: string } | null {
  if (!schema.properties || typeof valid !== 'object' || valid === null || Array.isArray(valid)) return null;
  const entries = Object.entries(schema.properties);
  if (!entries.length) return null;
  const [key, property] = pick(random, entries);
  const over = random() < 0.5;
  if (property.type === 'string' && property.maxLength !== undefined && !property.pattern && !property.format) {
    return { body: { ...valid, [key]: 'å'.repeat(property.maxLength + (over ? 1 : 0)) }, label: `${key} at ${over ? 'maxLength + 1' : 'maxLength'}` };
  }
  if ((property.type === 'integer' || property.type === 'number') && (property.maximum !== undefined || property.minimum !== undefined)) {
    const value = over ? (property.maximum ?? 0) + 1 : (property.minimum ?? 0) - 1;
    return { body: { ...valid, [key]: value }, label: `${key} just outside its range` };
  }
  if (property.type === 'array' && property.maxItems !== undefined && property.items) {
    const item = Array.isArray((valid as Record<string, unknown>)[key]) ? ((valid as Record<string, unknown[]>)[key]![0] ?? 'x') : 'x';
    return { body: { ...valid, [key]: Array.from({ length: property.maxItems + (over ? 1 : 0) }, () => item) }, label: `${key} with ${over ? 'maxItems + 1' : 'maxItems'} items` };
  }
  if (property.type === 'string') return { body: { ...valid, [key]: over ? '   ' : '' }, label: `${key} empty or blank` };
  return null;
}

/** Bodies the API must refuse with a 4xx that names the problem, changing nothing. */
function malformedBody(schema: JsonSchema | null, valid: unknown, random: () => number): Pick<RequestCase, 'body' | 'raw' | 'label'> {
  const object = typeof valid === 'object' && valid !== null && !Array.isArray(valid) ? (valid as Record<string, unknown>) : {};
  const keys = Object.keys(schema?.properties ?? {});
  const required = schema?.required ?? [];
  const choice = Math.floor(random() * 11);
  switch (choice) {
    case 0:
      if (required.length) {
        const key = pick(random, required);
        const { [key]: _dropped, ...rest } = object;
        return { body: rest, label: `without required ${key}` };
      }
      return { body: { ...object, unexpected: 'x' }, label: 'with an unknown property' };
    case 1:
      if (keys.length) {
        const key = pick(random, keys);
        return { body: { ...object, [key]: pick(random, wrongTypes) }, label: `${key} of a wrong type` };
      }
      return { body: pick(random, wrongTypes), label: 'a body of a wrong type' };
    case 2:
      if (keys.length) {
        const key = pick(random, keys);
        return { body: { ...object, [key]: pick(random, hostileStrings) }, label: `${key} a hostile string` };
      }
      return { body: pick(random, hostileStrings), label: 'a hostile string body' };
    case 3:
      if (keys.length) {
        const key = pick(random, keys);
        return { body: { ...object, [key]: pick(random, hostileNumbers) }, label: `${key} an edge number` };
      }
      return { body: pick(random, hostileNumbers), label: 'a number body' };
    case 4:
      return { raw: { payload: `{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(object).slice(1)}`, contentType: 'application/json' }, label: 'prototype pollution keys' };
    case 5:
      return { raw: { payload: '{"unterminated": ', contentType: 'application/json' }, label: 'broken JSON' };
    case 6:
      return { raw: { payload: `${'['.repeat(5_000)}${']'.repeat(5_000)}`, contentType: 'application/json' }, label: 'deeply nested JSON' };
    case 7:
      return { raw: { payload: JSON.stringify({ ...object, padding: 'x'.repeat(1_100_000) }), contentType: 'application/json' }, label: 'a body over the size limit' };
    case 8:
      return { raw: { payload: JSON.stringify(object), contentType: pick(random, ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) }, label: 'a body of another content type' };
    case 9:
      return { body: [object], label: 'an array where an object belongs' };
    default:
      return { raw: { payload: '', contentType: 'application/json' }, label: 'an empty JSON body' };
  }
}

function malformedParam(random: () => number): string {
  return pick(random, ['not-a-uuid', '00000000-0000-0000-0000-00000000000g', "1' or '1'='1", '..%2F..%2Fetc%2Fpasswd', '%00', 'x'.repeat(3_000), '12345', '19121212-1212', 'ÅÄÖ']);
}

/** `count` requests for one operation: about half valid, a quarter at the limits, a quarter malformed. */
export function requestCases(shape: OperationShape, options: ArbitraryOptions, seed: number, count: number): RequestCase[] {
  const random = seededRandom(seed);
  const cases: RequestCase[] = [];
  const arbitraries = partArbitraries(shape, options);
  for (let i = 0; i < count; i++) {
    const roll = random();
    const kind: CaseKind = roll < 0.5 ? 'valid' : roll < 0.7 ? 'boundary' : 'malformed';
    const valid = validParts(arbitraries, seed * 1_000 + i);
    if (kind === 'valid') {
      cases.push({ kind, label: 'valid', ...valid });
      continue;
    }
    if (kind === 'boundary') {
      const boundary = shape.body ? boundaryBody(shape.body, valid.body, random) : null;
      if (boundary) cases.push({ kind, label: boundary.label, params: valid.params, query: valid.query, body: boundary.body });
      else cases.push({ kind, label: 'unknown id', params: Object.fromEntries(Object.keys(valid.params).map((k) => [k, '00000000-0000-4000-8000-000000000000'])), query: valid.query, body: valid.body });
      continue;
    }
    const target = random();
    const paramNames = Object.keys(valid.params);
    const queryNames = Object.keys(shape.queryParams);
    if (target < 0.25 && paramNames.length) {
      const name = pick(random, paramNames);
      cases.push({ kind, label: `path ${name} malformed`, params: { ...valid.params, [name]: malformedParam(random) }, query: valid.query, body: valid.body });
    } else if (target < 0.4 && queryNames.length) {
      const name = pick(random, queryNames);
      cases.push({ kind, label: `query ${name} malformed`, params: valid.params, query: { ...valid.query, [name]: pick(random, hostileStrings.map(String)) }, body: valid.body });
    } else {
      cases.push({ kind, params: valid.params, query: valid.query, ...malformedBody(shape.body, valid.body, random) });
    }
  }
  return cases;
}
