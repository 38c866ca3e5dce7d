/**
 * The staff sign-in body: the e-mail read in lower case, the password exactly as typed (never trimmed:
 * spaces may be part of it).
 */
import * as v from 'valibot';
import { record, say } from './fields.js';
import { cleanText, M, msg } from './messages.js';

const ENTER_EMAIL = /* @__PURE__ */ msg('Vui lòng nhập email.', 'Enter your e-mail.');
const ENTER_PASSWORD = /* @__PURE__ */ msg('Vui lòng nhập mật khẩu.', 'Enter your password.');

/** POST /admin/login */
export const LoginSchema = record(
  {
    email: v.pipe(
      v.string(say(ENTER_EMAIL)),
      v.transform((s) => cleanText(s).trim().toLowerCase()),
      v.minLength(1, say(ENTER_EMAIL)),
      v.maxLength(254, say(M.text(254))),
    ),
    password: v.pipe(
      v.string(say(ENTER_PASSWORD)),
      v.transform(cleanText),
      v.minLength(1, say(ENTER_PASSWORD)),
      v.maxLength(200, say(M.text(200))),
    ),
  },
  { email: ENTER_EMAIL, password: ENTER_PASSWORD },
);
