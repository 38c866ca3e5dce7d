/** The admin pages' client for /api/v1/admin: JSON in and out, the CSRF token on every write. */
import { en } from './locales/en.js';
import { vi } from './locales/vi.js';

export interface ApiError {
  status: number;
  message: { vi: string; en: string };
  fields?: Record<string, { vi: string; en: string }>;
  /** Lines of an import refused, each with what is wrong. */
  rows?: { line: number; message: { vi: string; en: string }; fields?: Record<string, { vi: string; en: string }> }[];
}

let csrf = '';
export const setCsrf = (token: string) => {
  csrf = token;
};

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`/api/v1/admin${path}`, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: {
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(init.method && init.method !== 'GET' ? { 'X-CSRF-Token': csrf } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  return answer<T>(res);
}

/** The answer's JSON, or the error it carries (with its rows when an import was refused line by line). */
async function answer<T>(res: Response): Promise<T> {
  const data = await res.json().catch(() => ({}));
  if (!res.ok)
    throw {
      status: res.status,
      message: data.message ?? { vi: vi['error.unknown'], en: en['error.unknown'] },
      fields: data.fields,
      rows: data.rows,
    } as ApiError;
  return data as T;
}

/** Sends a file as the request body (a spreadsheet import), with its own media type. */
export async function upload<T>(path: string, file: File, method = 'PUT'): Promise<T> {
  const type = file.name.toLowerCase().endsWith('.csv')
    ? 'text/csv'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const res = await fetch(`/api/v1/admin${path}`, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': type, 'X-CSRF-Token': csrf },
    body: file,
  });
  return answer<T>(res);
}
