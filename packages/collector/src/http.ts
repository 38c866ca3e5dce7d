/**
 * HTTP plumbing on node:http: errors with bilingual messages, size-limited body reading, JSON
 * answers with safe headers, and a small method+pattern router. No framework: the surface is small,
 * and owning it is how we guarantee that no input, however malformed, becomes a 5xx.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FieldErrors, Message } from '@motcua/core';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Message,
    readonly fields?: FieldErrors,
    readonly headers: Record<string, string> = {},
  ) {
    super(text.en);
  }
}

export const errors = {
  notFound: () => new HttpError(404, 'not_found', { vi: 'Không tìm thấy.', en: 'Not found.' }),
  unknownUnit: () => new HttpError(404, 'unknown_unit', { vi: 'Không có đơn vị này.', en: 'There is no such unit.' }),
  badJson: () =>
    new HttpError(400, 'invalid_json', {
      vi: 'Dữ liệu gửi lên không phải JSON hợp lệ.',
      en: 'The request body is not valid JSON.',
    }),
  invalid: (fields: FieldErrors) =>
    new HttpError(
      400,
      'invalid_body',
      { vi: 'Một số thông tin chưa đúng, vui lòng kiểm tra lại.', en: 'Some fields are not valid.' },
      fields,
    ),
  tooLarge: (limit: number) =>
    new HttpError(413, 'too_large', {
      vi: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limit / 1024)} KB).`,
      en: `The request body is too large (at most ${Math.round(limit / 1024)} KB).`,
    }),
  unsupportedType: () =>
    new HttpError(415, 'unsupported_media_type', {
      vi: 'Chỉ nhận dữ liệu dạng JSON.',
      en: 'Only application/json is accepted.',
    }),
  tooMany: (retryAfter: number) =>
    new HttpError(
      429,
      'rate_limited',
      {
        vi: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
        en: 'Too many requests. Please try again in a few minutes.',
      },
      undefined,
      { 'Retry-After': String(retryAfter) },
    ),
  forbidden: () =>
    new HttpError(403, 'forbidden', { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'Forbidden.' }),
  unauthorized: () => new HttpError(401, 'unauthorized', { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' }),
  methodNotAllowed: () =>
    new HttpError(405, 'method_not_allowed', { vi: 'Phương thức không được hỗ trợ.', en: 'Method not allowed.' }),
  conflict: (text: Message) => new HttpError(409, 'conflict', text),
};

export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError, headers: Record<string, string> = {}) {
  sendJson(
    res,
    error.status,
    { error: error.code, message: error.text, ...(error.fields ? { fields: error.fields } : {}) },
    { ...headers, ...error.headers },
  );
}

/**
 * Reads the body up to `limit` bytes; a declared or actual larger body is a 413. Plain listeners rather
 * than an async iterator: this runs for every write, and the iterator's machinery showed in profiles.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.reject(errors.tooLarge(limit));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done();
        req.resume();
        reject(errors.tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    // The client went away before the end: nothing to answer.
    const onClose = () => {
      done();
      reject(new Error('request aborted'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/** Parses a JSON body, insisting on the JSON content type. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json')) {
    req.resume();
    throw errors.unsupportedType();
  }
  const body = await readBody(req, limit);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw errors.badJson();
  }
}

export interface Route<C> {
  method: string;
  pattern: RegExp;
  handler: (ctx: C, params: Record<string, string>) => Promise<void>;
}

/** Finds the route for a path; distinguishes "no such path" (404) from "wrong method" (405). */
export function matchRoute<C>(
  routes: Route<C>[],
  method: string,
  path: string,
): { route: Route<C>; params: Record<string, string> } | 'method' | undefined {
  let pathMatched = false;
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) continue;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) {
      try {
        params[k] = decodeURIComponent(v);
      } catch {
        return undefined;
      }
    }
    return { route, params };
  }
  return pathMatched ? 'method' : undefined;
}

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')[0]
      ?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  return req.socket.remoteAddress ?? 'unknown';
}
