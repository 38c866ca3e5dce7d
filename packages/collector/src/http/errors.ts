/**
 * The errors an answer can carry: a status, a code, a message in Vietnamese and English, and for a 400
 * the field-by-field messages. Thrown anywhere in a handler; the app's error boundary answers them.
 */
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
