import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { JsonSchema } from './schema-arbitrary.ts';
import type { OperationShape } from './request-cases.ts';

// ajv-formats is CommonJS; its default export arrives nested under ESM interop.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (ajv: Ajv) => Ajv;

interface OpenApiParameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  schema: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Operation {
  /** As the access table names it: `POST /api/me/conversations/:conversationId/read`. */
  route: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  shape: OperationShape;
  /** Checks an answer against what the document declares for its status; null when it conforms. */
  checkResponse: (status: number, contentType: string | undefined, body: string) => string | null;
}

const DOCUMENT_ID = 'openapi.json';

/** OpenAPI 3.0's `nullable` as JSON Schema says it (`anyOf` with null), which Ajv checks without a type beside it. */
function jsonSchemaOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchemaOf);
  if (typeof schema !== 'object' || schema === null) return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted = Object.fromEntries(
    // Refs point into the document, which Ajv knows under its own id.
    Object.entries(rest).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' ? `${DOCUMENT_ID}${value}` : jsonSchemaOf(value)]),
  );
  return nullable ? { anyOf: [converted, { type: 'null' }] } : converted;
}

/** The operations of the OpenAPI document, each with its request shape and a check of its answers. */
export function operationsOf(doc: OpenApiDocument): { operations: Operation[]; resolve: (ref: string) => JsonSchema } {
  const ajv = addFormats(new Ajv({ strict: false, allErrors: false, validateFormats: true }));
  // zod's startsWith becomes this format; the pattern beside it says the same and is checked.
  ajv.addFormat('starts_with', true);
  ajv.addSchema({ components: jsonSchemaOf(doc.components ?? {}) } as object, DOCUMENT_ID);
  const resolve = (ref: string) => {
    const name = ref.replace('#/components/schemas/', '');
    const schema = doc.components?.schemas?.[name];
    if (!schema) throw new Error(`unknown schema ${ref}`);
    return schema;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const upper = method.toUpperCase() as Operation['method'];
      const parameters = operation.parameters ?? [];
      const byPlace = (place: OpenApiParameter['in']) => Object.fromEntries(parameters.filter((p) => p.in === place).map((p) => [p.name, p.schema]));
      const validators = new Map<string, { json: ValidateFunction | null; types: string[] }>();
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const content = response.content ?? {};
        const jsonSchema = content['application/json']?.schema;
        validators.set(status, { json: jsonSchema ? ajv.compile(jsonSchemaOf(jsonSchema) as object) : null, types: Object.keys(content) });
      }
      operations.push({
        route: `${upper} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        method: upper,
        path,
        shape: { pathParams: byPlace('path'), queryParams: byPlace('query'), body: operation.requestBody?.content['application/json']?.schema ?? null },
        checkResponse: (status, contentType, body) => {
          const declared = validators.get(String(status)) ?? validators.get('default');
          if (!declared) return `status ${status} is not declared`;
          if (!declared.types.length) return body.length ? `status ${status} declares no body but got ${body.length} bytes` : null;
          const type = contentType?.split(';')[0]?.trim() ?? '';
          if (!declared.types.includes(type)) return `status ${status} answered ${type || 'no content type'}, declared ${declared.types.join(', ')}`;
          if (type !== 'application/json' || !declared.json) return null;
          let parsed: unknown;
          try {
            parsed = JSON.parse(body);
          } catch {
            return `status ${status} body is not JSON`;
          }
          return declared.json(parsed) ? null : `status ${status} body outside its schema: ${ajv.errorsText(declared.json.errors)}`;
        },
      });
    }
  }
  return { operations, resolve };
}
