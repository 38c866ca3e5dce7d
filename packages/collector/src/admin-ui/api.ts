/** The admin pages' client for /api/v1/admin: JSON in and out, the CSRF token on every write. */
export interface ApiError {
  status: number;
  message: { vi: string; en: string };
  fields?: Record<string, { vi: string; en: string }>;
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
  const data = await res.json().catch(() => ({}));
  if (!res.ok)
    throw {
      status: res.status,
      message: data.message ?? { vi: 'Lỗi không xác định.', en: 'Unknown error.' },
      fields: data.fields,
    } as ApiError;
  return data as T;
}
