/**
 * The API described for integrators (GET /api/v1/openapi.json), generated from the app's registered
 * routes: each route's method and path as Hono serves it, its `doc()` description, and the valibot
 * schemas of @motcua/core its `valid()` middleware checks (validate.ts), so the document and the
 * validation cannot drift. Checks JSON Schema cannot say by itself carry a hint in core
 * (`jsonSchemaHint`), added here.
 */
import { jsonSchemaHint } from '@motcua/core';
import { toJsonSchema } from '@valibot/to-json-schema';
import type { RouterRoute } from 'hono/types';
import type * as v from 'valibot';
import { describedBy, type RouteDoc, validatedBy } from './validate.js';

const error = {
  description: 'Error with a message in Vietnamese and English; validation errors list fields.',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error', 'message'],
        properties: {
          error: { type: 'string' },
          message: { $ref: '#/components/schemas/Message' },
          fields: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Message' } },
        },
      },
    },
  },
};

const schemaOf = (schema: v.GenericSchema) =>
  toJsonSchema(schema, {
    errorMode: 'ignore',
    overrideAction: ({ valibotAction, jsonSchema }) => {
      const hint = jsonSchemaHint(valibotAction);
      return hint ? { ...jsonSchema, ...hint } : undefined;
    },
  }) as { properties?: Record<string, unknown>; required?: string[] };

/** Hono's `/units/:unit` as OpenAPI's `/units/{unit}`. */
export const openapiPath = (honoPath: string) => honoPath.replace(/:([a-z]+)/gi, '{$1}');

/** A served route: its method, path, description and the schemas its middleware validates with. */
export interface ServedRoute {
  method: string;
  path: string;
  doc?: RouteDoc;
  body?: v.GenericSchema;
  query?: v.GenericSchema;
}

/** The app's routes (middleware registered for every method left out), one entry per method and path. */
export function servedRoutes(routes: RouterRoute[]): ServedRoute[] {
  const byKey = new Map<string, ServedRoute>();
  for (const r of routes) {
    if (r.method === 'ALL') continue;
    const key = `${r.method} ${r.path}`;
    const route = byKey.get(key) ?? { method: r.method.toLowerCase(), path: r.path };
    byKey.set(key, route);
    const described = describedBy.get(r.handler);
    if (described) route.doc = described;
    const checked = validatedBy.get(r.handler);
    if (checked?.target === 'json') route.body = checked.schema;
    if (checked?.target === 'query') route.query = checked.schema;
  }
  return [...byKey.values()];
}

function operation(route: ServedRoute, doc: RouteDoc) {
  const query = (route.query ?? doc.query) && schemaOf((route.query ?? doc.query) as v.GenericSchema);
  const body = route.body ?? doc.body;
  const parameters = [
    ...[...route.path.matchAll(/:([a-z]+)/gi)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: m[1] === 'unit' ? { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' } : { type: 'string' },
    })),
    ...Object.entries(query?.properties ?? {}).map(([name, schema]) => ({ name, in: 'query', schema })),
  ];
  return {
    summary: doc.summary,
    tags: doc.tags,
    parameters,
    ...(doc.staff ? { security: [{ session: [] }] } : {}),
    ...(doc.token ? { security: [{ unitToken: [] }] } : {}),
    ...(body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: schemaOf(body),
                ...(doc.example !== undefined ? { example: doc.example } : {}),
              },
            },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(doc.responses).map(([status, description]) => [
        status,
        Number(status) >= 400
          ? { ...error, description }
          : { description, ...(doc.produces && Number(status) < 300 ? { content: { [doc.produces]: {} } } : {}) },
      ]),
    ),
  };
}

/** The OpenAPI document of every described route the app serves. */
export function openapiDocument(routes: RouterRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of servedRoutes(routes)) {
    if (!route.doc) continue;
    const path = openapiPath(route.path);
    paths[path] = { ...(paths[path] ?? {}), [route.method]: operation(route, route.doc) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'motcua collector',
      version: '0.1.0',
      description:
        'Ratings, feedback (phản ánh, kiến nghị), campaigns, contests and the procedure catalogue of communes and wards.',
    },
    paths,
    components: {
      schemas: {
        Message: {
          type: 'object',
          required: ['vi', 'en'],
          properties: { vi: { type: 'string' }, en: { type: 'string' } },
        },
      },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' },
        unitToken: { type: 'http', scheme: 'bearer', description: "The unit's machine token" },
      },
    },
  };
}
