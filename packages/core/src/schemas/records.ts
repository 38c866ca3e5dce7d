/**
 * The records widgets send to the collector (design §3.3) and their validation: satisfaction
 * ratings, feedback and petitions (phản ánh, kiến nghị), campaign event counts, and campaigns.
 */
import { CONTACT_MESSAGES, isValidEmail, normalizePhoneVN } from './contact.js';
import { Checker, cleanText, isIsoDate, isObject, M, msg, type Validation } from './validate.js';

/** Đánh giá mức độ hài lòng: one citizen's rating of one service. */
export interface Rating {
  id: string;
  /** 3: Rất hài lòng / Hài lòng / Không hài lòng; 5: a five-level scale. */
  scale: 3 | 5;
  /** 1…scale, higher is better. */
  score: number;
  mode?: 'quick' | 'full' | 'kiosk';
  /** Official criteria scores by criterion id. */
  criteria?: Record<string, number>;
  comment?: string;
  procedure?: string;
  /** Mã hồ sơ: one rating per dossier. */
  dossier?: string;
  officer?: string;
  createdAt?: Date;
}

/** Text limits of a rating, in characters; the widgets check their own attributes against them. */
export const RATING_LIMITS = { comment: 1000, procedure: 60, dossier: 60, officer: 120 } as const;

export function validateRating(body: unknown): Validation<Rating> {
  if (!isObject(body)) return { ok: false, fields: { '': M.notObject } };
  const c = new Checker(body);
  const id = c.uuid('id');
  const scale = body.scale === 3 || body.scale === 5 ? body.scale : c.fail('scale', M.oneOf(['3', '5']));
  const score = c.int('score', 1, scale ?? 5);
  let criteria: Record<string, number> | undefined;
  if (body.criteria !== undefined) {
    if (!isObject(body.criteria) || Object.keys(body.criteria).length > 30) {
      c.fail('criteria', msg('Danh sách tiêu chí không hợp lệ.', 'Criteria must be an object of up to 30 scores.'));
    } else {
      criteria = {};
      for (const [k, v] of Object.entries(body.criteria)) {
        if (!/^[a-z0-9-]{1,40}$/.test(k) || typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 10) {
          c.fail(`criteria.${k.slice(0, 40)}`, M.integer(0, 10));
        } else criteria[k] = v;
      }
    }
  }
  const value: Rating = {
    id: id as string,
    scale: scale as 3 | 5,
    score: score as number,
    mode: c.oneOf('mode', ['quick', 'full', 'kiosk'] as const),
    criteria,
    comment: c.text('comment', { max: RATING_LIMITS.comment }),
    procedure: c.text('procedure', { max: RATING_LIMITS.procedure }),
    dossier: c.text('dossier', { max: RATING_LIMITS.dossier }),
    officer: c.text('officer', { max: RATING_LIMITS.officer }),
    createdAt: c.datetime('createdAt'),
  };
  return c.done(value);
}

export interface Attachment {
  name: string;
  type: string;
  /** Base64 content. */
  data: string;
}

/** Phản ánh, kiến nghị (PAKN): a citizen's feedback or petition. */
export interface Feedback {
  id: string;
  name: string;
  /** Normalised to the national 0… form. */
  phone: string;
  email?: string;
  address?: string;
  subject?: string;
  content: string;
  procedure?: string;
  consent: true;
  publishConsent: boolean;
  startedAt: Date;
  /** Honeypot: must be empty. */
  website?: string;
  attachments: Attachment[];
}

/** Limits of a feedback submission (text in characters); the feedback box checks the same ones. */
export const FEEDBACK_LIMITS = {
  attachments: 3,
  attachmentBytes: 5 * 1024 * 1024,
  content: 5000,
  name: 120,
  email: 254,
  address: 300,
  subject: 200,
} as const;

export function validateFeedback(body: unknown): Validation<Feedback> {
  if (!isObject(body)) return { ok: false, fields: { '': M.notObject } };
  const c = new Checker(body);
  const id = c.uuid('id');
  const name = c.text('name', { max: FEEDBACK_LIMITS.name, required: true });
  const rawPhone = c.text('phone', { max: 30, required: true });
  const phone = rawPhone === undefined ? undefined : normalizePhoneVN(rawPhone);
  if (rawPhone !== undefined && !phone) c.fail('phone', CONTACT_MESSAGES.phone);
  const email = c.text('email', { max: FEEDBACK_LIMITS.email });
  if (email !== undefined && !isValidEmail(email)) c.fail('email', CONTACT_MESSAGES.email);
  const content = c.text('content', { max: FEEDBACK_LIMITS.content, required: true, min: 10 });
  if (body.consent !== true) {
    c.fail(
      'consent',
      msg(
        'Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân để gửi phản ánh.',
        'You must agree to the processing of your personal data to send feedback.',
      ),
    );
  }
  const startedAt = c.datetime('startedAt', true);
  const attachments: Attachment[] = [];
  if (body.attachments !== undefined) {
    if (!Array.isArray(body.attachments) || body.attachments.length > FEEDBACK_LIMITS.attachments) {
      c.fail(
        'attachments',
        msg(
          `Gửi tối đa ${FEEDBACK_LIMITS.attachments} tệp đính kèm.`,
          `At most ${FEEDBACK_LIMITS.attachments} attachments.`,
        ),
      );
    } else {
      body.attachments.forEach((a: unknown, i: number) => {
        if (!isObject(a) || typeof a.name !== 'string' || typeof a.type !== 'string' || typeof a.data !== 'string') {
          c.fail(`attachments.${i}`, msg('Tệp đính kèm không hợp lệ.', 'Not a valid attachment.'));
          return;
        }
        if (a.data.length > Math.ceil((FEEDBACK_LIMITS.attachmentBytes * 4) / 3) + 4) {
          c.fail(`attachments.${i}`, msg('Mỗi tệp tối đa 5 MB.', 'Each file may be at most 5 MB.'));
          return;
        }
        attachments.push({
          name: cleanText(a.name).slice(0, 200),
          type: cleanText(a.type).slice(0, 100),
          data: a.data,
        });
      });
    }
  }
  const value: Feedback = {
    id: id as string,
    name: name as string,
    phone: phone as string,
    email,
    address: c.text('address', { max: FEEDBACK_LIMITS.address }),
    subject: c.text('subject', { max: FEEDBACK_LIMITS.subject }),
    content: content as string,
    procedure: c.text('procedure', { max: 60 }),
    consent: true,
    publishConsent: c.bool('publishConsent') ?? false,
    startedAt: startedAt as Date,
    website: typeof body.website === 'string' ? body.website : undefined,
    attachments,
  };
  return c.done(value);
}

export const EVENT_TYPES = ['impression', 'click', 'dismiss'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventCount {
  type: EventType;
  campaign?: string;
  widget?: string;
  count: number;
  day: string;
}

/** A batch of anonymous counts: no personal data, no identifiers beyond the batch id. */
export interface EventBatch {
  id: string;
  events: EventCount[];
}

export function validateEvents(body: unknown): Validation<EventBatch> {
  if (!isObject(body)) return { ok: false, fields: { '': M.notObject } };
  const c = new Checker(body);
  const id = c.uuid('id');
  const events: EventCount[] = [];
  if (!Array.isArray(body.events) || body.events.length === 0 || body.events.length > 200) {
    c.fail('events', msg('Cần từ 1 đến 200 sự kiện.', 'Send between 1 and 200 events.'));
  } else {
    body.events.forEach((e: unknown, i: number) => {
      if (!isObject(e)) {
        c.fail(`events.${i}`, M.notObject);
        return;
      }
      const ec = new Checker(e);
      const type = ec.oneOf('type', EVENT_TYPES, true);
      const count = ec.int('count', 1, 10_000);
      const campaign = ec.text('campaign', { max: 60 });
      const widget = ec.text('widget', { max: 60 });
      if (!isIsoDate(e.day)) ec.fail('day', M.date);
      if (!campaign && !widget)
        ec.fail('campaign', msg('Cần mã chiến dịch hoặc tiện ích.', 'A campaign or widget is required.'));
      for (const [k, v] of Object.entries(ec.fields)) c.fail(`events.${i}.${k}`, v);
      if (Object.keys(ec.fields).length === 0) {
        events.push({ type: type as EventType, count: count as number, campaign, widget, day: e.day as string });
      }
    });
  }
  return c.done({ id: id as string, events });
}

/** A publicity campaign (tuyên truyền): what the banner shows, when and where. */
export interface Campaign {
  title: string;
  text?: string;
  imageUrl?: string;
  imageAlt?: string;
  imageWidth?: number;
  imageHeight?: number;
  imageSrcset?: string;
  linkUrl?: string;
  linkText?: string;
  startsAt: Date;
  endsAt: Date;
  priority: number;
  targetPages?: string[];
}

const safeUrl = (v: string) => /^(https:\/\/|http:\/\/127\.0\.0\.1|http:\/\/localhost|\/)[^\s<>"']*$/.test(v);

export function validateCampaign(body: unknown): Validation<Campaign> {
  if (!isObject(body)) return { ok: false, fields: { '': M.notObject } };
  const c = new Checker(body);
  const title = c.text('title', { max: 120, required: true });
  const imageUrl = c.text('imageUrl', { max: 500 });
  if (imageUrl && !safeUrl(imageUrl)) c.fail('imageUrl', M.url);
  const linkUrl = c.text('linkUrl', { max: 500 });
  if (linkUrl && !safeUrl(linkUrl)) c.fail('linkUrl', M.url);
  const imageAlt = c.text('imageAlt', { max: 200 });
  if (imageUrl && imageAlt === undefined && body.imageAlt !== '') {
    c.fail(
      'imageAlt',
      msg(
        'Cần mô tả ảnh cho người khiếm thị (hoặc để trống nếu ảnh chỉ trang trí).',
        'Describe the image for screen-reader users.',
      ),
    );
  }
  const startsAt = c.datetime('startsAt', true);
  const endsAt = c.datetime('endsAt', true);
  if (startsAt && endsAt && endsAt.getTime() < startsAt.getTime()) {
    c.fail('endsAt', msg('Ngày kết thúc phải sau ngày bắt đầu.', 'The end must not be before the start.'));
  }
  let targetPages: string[] | undefined;
  if (body.targetPages !== undefined && body.targetPages !== null) {
    if (
      !Array.isArray(body.targetPages) ||
      body.targetPages.length > 20 ||
      body.targetPages.some((p) => typeof p !== 'string' || p.length > 200 || !p.startsWith('/'))
    ) {
      c.fail(
        'targetPages',
        msg('Mỗi trang đích là một đường dẫn bắt đầu bằng /.', 'Each target page is a path starting with /.'),
      );
    } else targetPages = body.targetPages as string[];
  }
  return c.done({
    title: title as string,
    text: c.text('text', { max: 600 }),
    imageUrl,
    imageAlt,
    imageWidth: c.int('imageWidth', 1, 4000, false),
    imageHeight: c.int('imageHeight', 1, 4000, false),
    imageSrcset: c.text('imageSrcset', { max: 1000 }),
    linkUrl,
    linkText: c.text('linkText', { max: 80 }),
    startsAt: startsAt as Date,
    endsAt: endsAt as Date,
    priority: c.int('priority', 0, 100, false) ?? 0,
    targetPages,
  });
}
