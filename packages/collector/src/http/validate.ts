/**
 * Validation at the door, from the shared schemas in @motcua/core: `valid('json', Schema)` reads the
 * body (JSON under its own media type only) and answers a field-by-field 400 when it does not fit; the
 * handler gets the parsed value from `c.req.valid('json')`. `doc()` describes a route for integrators.
 * Both leave a note on the middleware they return, so the OpenAPI generator (http/openapi.ts) can walk
 * the app's registered routes and read each one's method, path, description and the very schemas it
 * validates with: the document cannot drift from what is served.
 */
import { validateWith } from '@motcua/core';
import type { MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type * as v from 'valibot';
import { isJson } from './body.js';
import { errors } from './errors.js';

/** What a `valid()` middleware checks, by the middleware. */
export const validatedBy = new WeakMap<object, { target: 'json' | 'query'; schema: v.GenericSchema }>();

export const valid = <S extends v.GenericSchema, T extends 'json' | 'query'>(target: T, schema: S) => {
  const middleware = validator(target, async (value, c) => {
    if (target === 'json' && !isJson(c.req.header('content-type'))) throw errors.unsupportedType();
    const result = validateWith(schema, value);
    if (!result.ok) throw errors.invalid(result.fields);
    return result.value as v.InferOutput<S>;
  });
  validatedBy.set(middleware, { target, schema });
  return middleware;
};

/** A route as integrators read it; its method and path are the ones it is registered under. */
export interface RouteDoc {
  summary: string;
  tags: string[];
  /**
   * The body's schema when the handler validates it itself (a route that also takes an HTML form,
   * say); a route with `valid('json', …)` is documented with that schema and leaves this out.
   */
  body?: v.GenericSchema;
  /** The query's schema when the handler validates it itself; as `body`. */
  query?: v.GenericSchema;
  /** An example body, shown in the OpenAPI document. */
  example?: unknown;
  /** Answers by status, each a short description. */
  responses: Record<number, string>;
  /** What a successful answer is when it is not JSON (a file, a page). */
  produces?: string;
  staff?: boolean;
  /** Authorised by the unit's machine token (Authorization: Bearer). */
  token?: boolean;
}

/** Each `doc()` middleware's description. */
export const describedBy = new WeakMap<object, RouteDoc>();

/** Describes the route it is placed in for the OpenAPI document; as middleware it does nothing. */
export function doc(route: RouteDoc): MiddlewareHandler {
  const middleware: MiddlewareHandler = async (_c, next) => next();
  describedBy.set(middleware, route);
  return middleware;
}
