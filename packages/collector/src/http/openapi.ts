/**
 * The API described for integrators (GET /api/v1/openapi.json), generated from the routes declared with
 * `doc()` (validate.ts) and their valibot schemas in @motcua/core, so the document and the validation
 * cannot drift. Checks JSON Schema cannot say by itself carry a hint in core (`jsonSchemaHint`), added here.
 */
import { jsonSchemaHint } from '@motcua/core';
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { documented } from './validate.js';

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

const pathOf = (honoPath: string) => honoPath.replace(/:([a-z]+)/gi, '{$1}');

export function openapiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of documented) {
    const path = pathOf(r.path);
    const query = r.query ? schemaOf(r.query) : undefined;
    const parameters = [
      ...[...r.path.matchAll(/:([a-z]+)/gi)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: m[1] === 'unit' ? { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' } : { type: 'string' },
      })),
      ...Object.entries(query?.properties ?? {}).map(([name, schema]) => ({ name, in: 'query', schema })),
    ];
    paths[path] = {
      ...(paths[path] ?? {}),
      [r.method]: {
        summary: r.summary,
        tags: r.tags,
        parameters,
        ...(r.staff ? { security: [{ session: [] }] } : {}),
        ...(r.token ? { security: [{ unitToken: [] }] } : {}),
        ...(r.body
          ? {
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: schemaOf(r.body),
                    ...(r.example !== undefined ? { example: r.example } : {}),
                  },
                },
              },
            }
          : {}),
        responses: Object.fromEntries(
          Object.entries(r.responses).map(([status, description]) => [
            status,
            Number(status) >= 400 ? { ...error, description } : { description },
          ]),
        ),
      },
    };
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
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' } },
    },
  };
}
