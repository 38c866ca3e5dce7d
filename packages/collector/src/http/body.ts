/** Reading request bodies: JSON only under its own media type, within the route's size limit. */
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errors } from './errors.js';

/** application/json, with or without parameters (charset); never application/jsonx and the like. */
export function isJson(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType ?? '');
}

/** A body-limit middleware answering 413 with the collector's message. */
export const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw errors.tooLarge(maxSize);
    },
  });

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
