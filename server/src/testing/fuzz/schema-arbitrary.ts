import fc from 'fast-check';

/** The part of JSON Schema (as OpenAPI 3.0 writes it) that the API's schemas use. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  $ref?: string;
}

export interface ArbitraryOptions {
  /** Ids seen in earlier answers (the caller's own and others'), so requests reach real rows. */
  knownIds: () => string[];
  /** Resolves `#/components/schemas/…`. */
  resolve: (ref: string) => JsonSchema;
}

/** Past this depth recursive schemas (criteria within criteria) stop: arrays stay empty and unions take a non-recursive branch. */
const MAX_DEPTH = 5;

const isoDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });

function stringArbitrary(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid': {
      const known = options.knownIds();
      return known.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid({ version: 4 }) }) : fc.uuid({ version: 4 });
    }
    case 'date-time':
      return isoDate.map((d) => d.toISOString());
    case 'date':
      return isoDate.map((d) => d.toISOString().slice(0, 10));
    case 'uri':
      return fc.constantFrom('https://www.1177.se/', 'https://example.se/forbered', 'http://localhost/x');
    case 'email':
      return fc.emailAddress();
  }
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    const matching = fc.stringMatching(pattern);
    return schema.maxLength === undefined ? matching : matching.filter((s) => s.length <= schema.maxLength! && s.length >= (schema.minLength ?? 0));
  }
  const maxLength = Math.min(schema.maxLength ?? 60, 200);
  return fc.string({ unit: 'grapheme', minLength: Math.min(schema.minLength ?? 0, maxLength), maxLength }).filter((s) => s.length >= (schema.minLength ?? 0));
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const exclusiveMin = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
  const exclusiveMax = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined;
  const min = schema.minimum ?? (exclusiveMin !== undefined ? exclusiveMin + (integer ? 1 : 1e-6) : -1_000_000);
  const max = Math.min(schema.maximum ?? (exclusiveMax !== undefined ? exclusiveMax - (integer ? 1 : 1e-6) : 1_000_000), Number.MAX_SAFE_INTEGER);
  return integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Values the schema accepts, preferring ids the API has already shown. */
export function arbitraryFor(schema: JsonSchema, options: ArbitraryOptions, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryFor(options.resolve(schema.$ref), options, depth);
  const value = nonNullArbitrary(schema, options, depth);
  return schema.nullable ? fc.option(value, { nil: null, freq: 4 }) : value;
}

function nonNullArbitrary(schema: JsonSchema, options: ArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const flat = alternatives.filter((s) => !s.$ref);
    const chosen = depth >= MAX_DEPTH && flat.length ? flat : alternatives;
    return fc.oneof(...chosen.map((s) => arbitraryFor(s, options, depth + 1)));
  }
  if (schema.allOf) return arbitraryFor(Object.assign({}, ...schema.allOf.map((s) => (s.$ref ? options.resolve(s.$ref) : s))), options, depth);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return stringArbitrary(schema, options);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (depth >= MAX_DEPTH && !schema.minItems) return fc.constant([]);
      const maxLength = Math.min(schema.maxItems ?? 4, depth > 2 ? 1 : 4);
      return fc.array(arbitraryFor(schema.items ?? {}, options, depth + 1), { minLength: Math.min(schema.minItems ?? 0, maxLength), maxLength: Math.max(maxLength, schema.minItems ?? 0) });
    }
    case 'object':
    case undefined: {
      if (schema.properties) {
        const record = Object.fromEntries(Object.entries(schema.properties).map(([key, s]) => [key, arbitraryFor(s, options, depth + 1)]));
        return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in record) });
      }
      if (typeof schema.additionalProperties === 'object') return fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/), arbitraryFor(schema.additionalProperties, options, depth + 1), { maxKeys: depth > 2 ? 1 : 3 });
      return type === 'object' ? fc.constant({}) : fc.anything({ maxDepth: 1 });
    }
    default:
      return fc.constant(null);
  }
}
