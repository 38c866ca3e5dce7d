/**
 * The feedback box without JavaScript: a plain `<form method="post">` placed inside
 * `<motcua-feedback-box>` posts `application/x-www-form-urlencoded` to the same route as the JSON API.
 * The collector stores it through the same checks and answers in HTML: 303 to a receipt page on
 * success (so a reload never sends it twice), or 400 with the errors listed and a link back to the
 * form (the browser keeps what was typed when the citizen goes back). Every text is escaped; the pages
 * carry a CSP that allows nothing but their own inline style, pinned by hash.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FieldErrors } from '@motcua/core';
import type { Context } from 'hono';
import type { AppEnv } from '../http/config.js';
import { errors, HttpError } from '../http/errors.js';
import { namesOrigin, type Unit } from '../units/load.js';
import type { Accepted } from './accept.js';
import { normalizeReceiptCode } from './receipt.js';

type C = Context<AppEnv>;

/** What a form may carry: the JSON API's text fields, no attachments. */
export const FORM_BODY = 64 * 1024;

const LABELS: Record<string, { vi: string; en: string }> = {
  name: { vi: 'Họ và tên', en: 'Full name' },
  phone: { vi: 'Số điện thoại', en: 'Phone number' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  subject: { vi: 'Tiêu đề', en: 'Subject' },
  content: { vi: 'Nội dung phản ánh, kiến nghị', en: 'Your feedback' },
  procedure: { vi: 'Thủ tục liên quan', en: 'Related procedure' },
  consent: { vi: 'Đồng ý xử lý dữ liệu cá nhân', en: 'Consent to data processing' },
  startedAt: { vi: 'Thời gian điền biểu mẫu', en: 'Time taken' },
};

const STYLE =
  'body{font:16px/1.5 system-ui,"Segoe UI",Roboto,Arial,sans-serif;max-width:40em;margin:2em auto;padding:0 1em;color:#1b1b1b}' +
  'h1{font-size:1.5em}strong.code{display:inline-block;font-size:2em;letter-spacing:.08em;padding:.2em .5em;border:2px solid #0b5394;border-radius:6px}' +
  '.errors{border:4px solid #b3261e;padding:.5em 1em}.errors li{color:#b3261e}a{color:#0b5394}p.en{color:#4a4a4a;font-size:.9em}';
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

export function isFormPost(c: C): boolean {
  return /^application\/x-www-form-urlencoded\s*(;|$)/i.test(c.req.header('content-type') ?? '');
}

/** A page of the allowed ward site to send the citizen back to, or nothing. */
function backLink(unit: Unit, candidate: string | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return namesOrigin(unit, url.origin) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function page(
  c: C,
  status: 200 | 400 | 403 | 404 | 409 | 413 | 415 | 429,
  title: string,
  body: string,
  headers: Record<string, string> = {},
): Response {
  const html = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
${body}
</main></body>
</html>
`;
  return c.body(html, status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': CSP,
    'Cache-Control': 'no-store',
    ...headers,
  });
}

function errorPage(c: C, unit: Unit, error: HttpError, back: string | undefined): Response {
  const fields: FieldErrors = error.fields ?? {};
  const items = Object.entries(fields).map(([key, m]) => {
    const label = LABELS[key.split('.')[0] ?? ''];
    return `<li>${label ? `${escapeHtml(label.vi)}: ` : ''}${escapeHtml(m.vi)}</li>`;
  });
  const list = items.length ? `<ul>${items.join('')}</ul>` : `<p>${escapeHtml(error.text.vi)}</p>`;
  const link = back
    ? `<p><a href="${escapeHtml(back)}">Quay lại biểu mẫu để sửa</a> (nội dung đã nhập vẫn còn khi quay lại).</p>`
    : '<p>Hãy dùng nút Quay lại của trình duyệt để sửa biểu mẫu; nội dung đã nhập vẫn còn.</p>';
  return page(
    c,
    error.status as 400,
    'Chưa gửi được phản ánh',
    `<h1>Chưa gửi được phản ánh</h1>
<div class="errors" role="alert"><p>${escapeHtml(error.text.vi)}</p>${items.length ? list : ''}</div>
${link}
<p class="en" lang="en">Your feedback was not sent: ${escapeHtml(error.text.en)} Go back to the form to correct it.</p>
<p>${escapeHtml(unit.name)}</p>`,
    error.headers,
  );
}

type Accept = (c: C, unit: Unit, body: unknown, options: { checkFillTime?: boolean }) => Promise<Accepted>;

/** Handles a form post: store it like the JSON API would, then redirect to the receipt page. */
export async function feedbackForm(c: C, unit: Unit, accept: Accept): Promise<Response> {
  const back = backLink(unit, c.req.header('referer'));
  try {
    const form = new URLSearchParams(await c.req.text());
    const text = (name: string) => {
      const v = form.get(name);
      return v === null || v.trim() === '' ? undefined : v;
    };
    const checked = (name: string) => ['true', 'on', '1'].includes(form.get(name) ?? '');
    const startedAt = text('startedAt');
    const body = {
      // A form cannot make a UUID; a page that renders one (hidden field "id") makes re-posts idempotent.
      id: text('id') ?? randomUUID(),
      name: text('name'),
      phone: text('phone'),
      email: text('email'),
      address: text('address'),
      subject: text('subject'),
      content: text('content'),
      procedure: text('procedure'),
      consent: checked('consent'),
      publishConsent: checked('publishConsent'),
      // A static page cannot say when it was opened: the fill-time check runs only when it can.
      startedAt: startedAt ?? new Date().toISOString(),
      website: form.get('website') ?? undefined,
    };
    const answer = await accept(c, unit, body, { checkFillTime: startedAt !== undefined });
    const to = new URLSearchParams({ code: answer.receiptCode, ...(back ? { back } : {}) });
    return c.body(null, 303, {
      Location: `/api/v1/units/${encodeURIComponent(unit.code)}/feedback/receipt?${to}`,
      'Cache-Control': 'no-store',
    });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    return errorPage(c, unit, error, back);
  }
}

/** The receipt page the form redirects to: the code, large, and how to follow the feedback up. */
export function feedbackReceiptPage(c: C, unit: Unit): Response {
  const code = normalizeReceiptCode(c.req.query('code') ?? '');
  if (!code) throw errors.notFound();
  const back = backLink(unit, c.req.query('back'));
  return page(
    c,
    200,
    `Đã gửi phản ánh — ${code}`,
    `<h1>Đã gửi phản ánh</h1>
<p>${escapeHtml(unit.name)} đã tiếp nhận phản ánh, kiến nghị của ông/bà. Mã tiếp nhận:</p>
<p><strong class="code">${escapeHtml(code)}</strong></p>
<p>Hãy ghi lại hoặc in trang này. Dùng mã tiếp nhận cùng số điện thoại đã khai để tra cứu tình trạng xử lý và câu trả lời.</p>
${back ? `<p><a href="${escapeHtml(back)}">Quay lại trang của phường</a></p>` : ''}
<p class="en" lang="en">Your feedback was received. Keep the receipt code above to follow it up with your phone number.</p>`,
  );
}
