/**
 * Phản ánh, kiến nghị (PAKN): the schema of a citizen's feedback or petition as the feedback box (or the
 * no-JavaScript form) sends it: who, how to reach them, what, their consent, and up to three attachments.
 */
import * as v from 'valibot';
import { CONTACT_MESSAGES, isValidEmail, normalizePhoneVN } from './contact.js';
import {
  bool,
  datetime,
  optional,
  optionalText,
  record,
  requiredText,
  say,
  text,
  uuid,
  withDefault,
} from './fields.js';
import { FEEDBACK_LIMITS } from './limits.js';
import { cleanText, isObject, msg } from './messages.js';

const badAttachment = msg('Tệp đính kèm không hợp lệ.', 'Not a valid attachment.');
/** Base64 grows 4/3: the longest text that can hold FEEDBACK_LIMITS.attachmentBytes. */
const MAX_BASE64 = Math.ceil((FEEDBACK_LIMITS.attachmentBytes * 4) / 3) + 4;

const AttachmentSchema = v.pipe(
  v.custom<{ name: string; type: string; data: string }>(
    (a) => isObject(a) && typeof a.name === 'string' && typeof a.type === 'string' && typeof a.data === 'string',
    say(badAttachment),
  ),
  v.object({
    name: v.string(),
    type: v.string(),
    /** Base64 content. */
    data: v.pipe(v.string(), v.metadata({ contentEncoding: 'base64' })),
  }),
  v.check((a) => a.data.length <= MAX_BASE64, say(msg('Mỗi tệp tối đa 5 MB.', 'Each file may be at most 5 MB.'))),
  v.transform((a) => ({ name: cleanText(a.name).slice(0, 200), type: cleanText(a.type).slice(0, 100), data: a.data })),
);

const tooManyAttachments = say(
  msg(`Gửi tối đa ${FEEDBACK_LIMITS.attachments} tệp đính kèm.`, `At most ${FEEDBACK_LIMITS.attachments} attachments.`),
);

const AttachmentsSchema = v.pipe(
  v.custom<unknown[]>((x) => Array.isArray(x) && x.length <= FEEDBACK_LIMITS.attachments, tooManyAttachments),
  v.array(AttachmentSchema),
);

const consentMessage = msg(
  'Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân để gửi phản ánh.',
  'You must agree to the processing of your personal data to send feedback.',
);

export const FeedbackSchema = record(
  {
    id: uuid(),
    name: requiredText(FEEDBACK_LIMITS.name),
    /** Normalised to the national 0… form. */
    phone: v.pipe(
      requiredText(30),
      v.check((s) => normalizePhoneVN(s) !== undefined, say(CONTACT_MESSAGES.phone)),
      v.transform((s) => normalizePhoneVN(s) as string),
    ),
    email: optional(
      v.pipe(
        text(FEEDBACK_LIMITS.email),
        v.check((s) => s === '' || isValidEmail(s), say(CONTACT_MESSAGES.email)),
        v.transform((s) => s || undefined),
      ),
    ),
    address: optionalText(FEEDBACK_LIMITS.address),
    subject: optionalText(FEEDBACK_LIMITS.subject),
    content: requiredText(FEEDBACK_LIMITS.content, 10),
    procedure: optionalText(60),
    /** Must be true: consent is given by ticking the box, never assumed. */
    consent: v.literal(true, say(consentMessage)),
    /** A separate opt-in for publishing the answer. */
    publishConsent: withDefault(bool(), () => false),
    /** When the form was opened, by the browser's clock (used only without a ticket). */
    startedAt: datetime(),
    /** The form ticket the collector issued when the form was shown: the fill time on the server's clock. */
    ticket: optionalText(200),
    /** Honeypot: people leave it empty; whatever is not text is ignored. */
    website: v.optional(
      v.pipe(
        v.unknown(),
        v.transform((x) => (typeof x === 'string' ? x : undefined)),
      ),
    ),
    attachments: v.optional(AttachmentsSchema, () => []),
  },
  { consent: consentMessage },
);

/** Phản ánh, kiến nghị (PAKN): a citizen's feedback or petition. */
export type Feedback = v.InferOutput<typeof FeedbackSchema>;
export type Attachment = Feedback['attachments'][number];
