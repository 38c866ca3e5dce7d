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
