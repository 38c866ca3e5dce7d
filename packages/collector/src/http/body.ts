/** Reading request bodies: JSON only under its own media type, within the route's size limit. */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errors } from './errors.js';

/** application/json, with or without parameters (charset); never application/jsonx and the like. */
export function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType ?? '');
}

/**
 * A body-limit middleware answering 413 with the collector's message. A declared Content-Length is
 * checked here: Hono's bodyLimit would read `c.req.raw.body` for it, which makes @hono/node-server build
 * a web Request and give up reading the body straight from Node's socket (on every write). A body without
 * a length (chunked) goes through Hono's bodyLimit, which counts it as it streams.
 */
export function limitBody(maxSize: number): MiddlewareHandler {
  const streamed = bodyLimit({
    maxSize,
    onError: () => {
      throw errors.tooLarge(maxSize);
    },
  });
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    if (Number(length) > maxSize) throw errors.tooLarge(maxSize);
    await next();
  };
}

/** The parsed JSON body, or the 415 / 400 that explains why not. */
export async function readJson(c: Context): Promise<unknown> {
  if (!isJson(c.req.header('content-type'))) throw errors.unsupportedType();
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw errors.badJson();
  }
}
