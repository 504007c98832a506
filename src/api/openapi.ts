import { z } from 'zod';
import type { Route } from './router.ts';
import { Problem } from './schemas.ts';

/** Version of the HTTP API (the `info.version` of its description). */
export const API_VERSION = '1.0.0';

type JsonSchema = Record<string, unknown>;

const toSchema = (s: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _s, ...rest } = z.toJSONSchema(s, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** Path and query parameters of an operation, from the route's zod objects. */
function parameters(route: Route): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const js = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, prop] of Object.entries(js.properties ?? {})) {
      const { description, ...rest } = prop;
      out.push({
        name,
        in: where,
        required: where === 'path' || (js.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  return out;
}

/** The OpenAPI 3.1 description of the routes, generated from the schemas that validate requests. */
export function buildOpenApi(routes: readonly Route[]): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const responses: Record<string, unknown> = {
      [String(r.status ?? 200)]: {
        description: r.summary,
        headers: { ETag: { schema: { type: 'string' } } },
        content: { [r.produces ?? 'application/json']: { schema: toSchema(r.response, 'output') } },
      },
      '400': problem('invalid parameter or body; `errors` names each field'),
      '401': problem('missing or wrong bearer token (when the server has SITREP_TOKEN)'),
    };
    if (r.method === 'GET')
      responses['304'] = { description: 'not modified (If-None-Match matched the ETag)' };
    if (r.path.includes('{')) responses['404'] = problem('no such resource');
    if (r.body) {
      responses['413'] = problem('body larger than the limit');
      responses['415'] = problem('body is not application/json');
    }
    paths[r.path] ??= {};
    paths[r.path]![r.method.toLowerCase()] = {
      operationId: r.operationId,
      summary: r.summary,
      tags: [r.tag],
      parameters: parameters(r),
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(r.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'sitrep API',
      version: API_VERSION,
      description:
        'Local-first news intelligence over HTTP: documents, search, entities, events, timeline, claims, reports and ingest. ' +
        'Errors are RFC 9457 problem details with a `code` from the error table. Listings are cursor-paged.',
    },
    servers: [{ url: '/' }],
    security: [{}, { bearer: [] }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Problem: toSchema(Problem, 'output') },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'required when the server is bound to a non-loopback address (SITREP_TOKEN)',
        },
      },
    },
  };
}
