/**
 * The API described for integrators (GET /api/v1/openapi.json). Routes declared with `doc()` (see
 * validate.ts) are generated from their valibot schemas; the first routes, whose bodies core still
 * checks by hand, are described below until they move to schemas too.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { documented } from './validate.js';

const unit = {
  name: 'unit',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,39}$' },
};
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
const errorsFor = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), error]));

const described = {
  openapi: '3.1.0',
  info: {
    title: 'motcua collector',
    version: '0.1.0',
    description:
      'Ratings, feedback (phản ánh, kiến nghị), campaigns and the procedure catalogue of communes and wards.',
  },
  paths: {
    '/api/v1/units/{unit}/procedures': {
      get: {
        summary: "The unit's procedure catalogue",
        parameters: [
          unit,
          {
            name: 'view',
            in: 'query',
            required: false,
            description: '`index`: compact records for search, without steps, documents, legal basis, subjects, result',
            schema: { type: 'string', enum: ['index'] },
          },
        ],
        responses: {
          200: { description: 'Array of procedures (ETag)' },
          304: { description: 'Not modified' },
          ...errorsFor(404),
        },
      },
    },
    '/api/v1/units/{unit}/procedures/{code}': {
      get: {
        summary: 'One procedure of the catalogue, in full',
        parameters: [unit, { name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'The procedure record' }, ...errorsFor(404) },
      },
    },
    '/api/v1/units/{unit}/ratings': {
      post: {
        summary: 'Submit a satisfaction rating (idempotent by id)',
        parameters: [unit],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Rating' } } } },
        responses: {
          201: { description: 'Stored' },
          200: { description: 'Already stored' },
          ...errorsFor(400, 403, 404, 409, 413, 415, 429),
        },
      },
    },
    '/api/v1/units/{unit}/ratings/summary': {
      get: {
        summary: 'Public satisfaction figures',
        parameters: [
          unit,
          { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
          { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
          { name: 'groupBy', in: 'query', schema: { enum: ['month', 'quarter'] } },
        ],
        responses: {
          200: { description: 'Totals, counts per level, satisfied rate, periods' },
          ...errorsFor(400, 404),
        },
      },
    },
    '/api/v1/units/{unit}/feedback': {
      post: {
        summary: 'Submit feedback or a petition (idempotent by id)',
        parameters: [unit],
        requestBody: {
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/Feedback' } },
            'application/x-www-form-urlencoded': {
              schema: { type: 'object', description: 'The no-JavaScript form: the same text fields, no attachments' },
            },
          },
        },
        responses: {
          201: { description: '{ id, receiptCode }' },
          200: { description: 'Already stored' },
          303: { description: 'Form post stored: redirect to the HTML receipt page' },
          ...errorsFor(400, 403, 404, 413, 415, 429),
        },
      },
    },
    '/api/v1/units/{unit}/feedback/receipt': {
      get: {
        summary: 'HTML receipt page the no-JavaScript form redirects to',
        parameters: [unit, { name: 'code', in: 'query', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'text/html receipt' }, ...errorsFor(404) },
      },
    },
    '/api/v1/feedback/{receiptCode}': {
      get: {
        summary: 'Status and public answer of one submission',
        parameters: [
          { name: 'receiptCode', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'phone', in: 'query', required: true, schema: { type: 'string' } },
        ],
        responses: { 200: { description: 'Status history and answer' }, ...errorsFor(404, 429) },
      },
    },
    '/api/v1/units/{unit}/campaigns': {
      get: {
        summary: 'Campaigns active now',
        parameters: [unit, { name: 'page', in: 'query', schema: { type: 'string' } }],
        responses: { 200: { description: 'Array of campaigns' }, ...errorsFor(404) },
      },
    },
    '/api/v1/units/{unit}/events': {
      post: {
        summary: 'Anonymous impression, click and dismissal counts',
        parameters: [unit],
        responses: { 202: { description: 'Counted' }, ...errorsFor(400, 403, 404, 413, 415, 429) },
      },
    },
  },
  components: {
    securitySchemes: {
      session: { type: 'apiKey', in: 'cookie', name: 'motcua_session' },
      unitToken: { type: 'http', scheme: 'bearer', description: "The unit's machine token, made in the admin" },
    },
    schemas: {
      Message: {
        type: 'object',
        required: ['vi', 'en'],
        properties: { vi: { type: 'string' }, en: { type: 'string' } },
      },
      Rating: {
        type: 'object',
        required: ['id', 'scale', 'score'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          scale: { enum: [3, 5] },
          score: { type: 'integer', minimum: 1, maximum: 5 },
          mode: { enum: ['quick', 'full', 'kiosk'] },
          criteria: { type: 'object', additionalProperties: { type: 'integer' } },
          comment: { type: 'string', maxLength: 1000 },
          procedure: { type: 'string' },
          dossier: { type: 'string' },
          officer: { type: 'string' },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
      Feedback: {
        type: 'object',
        required: ['id', 'name', 'phone', 'content', 'consent', 'startedAt'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          name: { type: 'string' },
          phone: { type: 'string' },
          email: { type: 'string' },
          address: { type: 'string' },
          subject: { type: 'string' },
          content: { type: 'string', maxLength: 5000 },
          procedure: { type: 'string' },
          consent: { const: true },
          publishConsent: { type: 'boolean' },
          startedAt: { type: 'string', format: 'date-time' },
          attachments: {
            type: 'array',
            maxItems: 3,
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                type: { type: 'string' },
                data: { type: 'string', contentEncoding: 'base64' },
              },
            },
          },
        },
      },
    },
  },
};

const pathOf = (honoPath: string) => honoPath.replace(/:([a-z]+)/gi, '{$1}');

/** The whole document: the routes described above and every route recorded with `doc()`. */
export function openapiDocument() {
  const paths: Record<string, Record<string, unknown>> = { ...described.paths };
  for (const r of documented) {
    const path = pathOf(r.path);
    const parameters = [...r.path.matchAll(/:([a-z]+)/gi)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
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
                    schema: toJsonSchema(r.body, { errorMode: 'ignore' }),
                    ...(r.example !== undefined && { example: r.example }),
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
  return { ...described, paths };
}
