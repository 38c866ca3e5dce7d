/**
 * Validation at the door, from the shared schemas in @motcua/core: `valid('json', Schema)` reads the
 * body (JSON under its own media type only) and answers a field-by-field 400 when it does not fit; the
 * handler gets the parsed value from `c.req.valid('json')`. `doc()` records a route for the OpenAPI
 * document, which is generated from these same schemas (http/openapi.ts).
 */
import { validateWith } from '@motcua/core';
import type { MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type * as v from 'valibot';
import { isJson } from './body.js';
import { errors } from './errors.js';

export const valid = <S extends v.GenericSchema, T extends 'json' | 'query'>(target: T, schema: S) =>
  validator(target, async (value, c) => {
    if (target === 'json' && !isJson(c.req.header('content-type'))) throw errors.unsupportedType();
    const result = validateWith(schema, value);
    if (!result.ok) throw errors.invalid(result.fields);
    return result.value as v.InferOutput<S>;
  });

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Hono's path, e.g. /api/v1/units/:unit/contests/:slug */
  path: string;
  summary: string;
  tags: string[];
  body?: v.GenericSchema;
  /** The query string's schema, listed as query parameters. */
  query?: v.GenericSchema;
  /** An example body, shown in the OpenAPI document. */
  example?: unknown;
  /** Answers by status, each a short description. */
  responses: Record<number, string>;
  staff?: boolean;
  /** Authorised by the unit's machine token (Authorization: Bearer). */
  token?: boolean;
}

/** Every documented route, in the order they were declared. */
export const documented: RouteDoc[] = [];

/** Records a route for the OpenAPI document; as middleware it does nothing. */
export function doc(route: RouteDoc): MiddlewareHandler {
  documented.push(route);
  return async (_c, next) => next();
}
