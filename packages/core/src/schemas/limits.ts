/**
 * Size limits of what the widgets send (text in characters): the schemas enforce them, and the widgets
 * check their own attributes and inputs against the same numbers. Kept apart from the schemas so a
 * widget that needs only a number does not bundle a schema.
 */

/** Text limits of a rating. */
export const RATING_LIMITS = { comment: 1000, procedure: 60, dossier: 60, officer: 120 } as const;

/** Limits of a feedback submission; the feedback box checks the same ones. */
export const FEEDBACK_LIMITS = {
  attachments: 3,
  attachmentBytes: 5 * 1024 * 1024,
  content: 5000,
  name: 120,
  email: 254,
  address: 300,
  subject: 200,
} as const;

/** What a point is: a 24-hour support point, a community technology team, the one-stop counter. */
export const SUPPORT_KINDS = ['diem-ho-tro-24h', 'to-cong-nghe-so', 'bo-phan-mot-cua'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** What a point helps with: procedures, filing online, VNeID activation, cashless payment. */
export const SUPPORT_SERVICES = ['thu-tuc', 'nop-truc-tuyen', 'kich-hoat-vneid', 'thanh-toan-khong-tien-mat'] as const;
export type SupportService = (typeof SUPPORT_SERVICES)[number];

/** Limits of support points and home-visit requests; the support-points widget checks the same ones. */
export const SUPPORT_LIMITS = {
  name: 100,
  address: 300,
  details: 1000,
  preferredTime: 200,
  note: 1000,
  points: 500,
  ranges: 20,
  exceptions: 366,
} as const;
