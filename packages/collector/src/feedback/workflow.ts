/**
 * The feedback status workflow, defined once: mới → đang xử lý → đã trả lời | từ chối, and back to
 * đang xử lý to reopen. The server enforces it, the report counts by it, the admin UI offers its moves.
 */
export const FEEDBACK_STATUSES = ['moi', 'dang-xu-ly', 'da-tra-loi', 'tu-choi'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const STATUS_LABELS: Record<FeedbackStatus, { vi: string; en: string }> = {
  moi: { vi: 'Mới tiếp nhận', en: 'Received' },
  'dang-xu-ly': { vi: 'Đang xử lý', en: 'In progress' },
  'da-tra-loi': { vi: 'Đã trả lời', en: 'Answered' },
  'tu-choi': { vi: 'Từ chối', en: 'Declined' },
};

/** The statuses a feedback item may move to from each status. */
export const NEXT_STATUSES: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  moi: ['dang-xu-ly', 'tu-choi'],
  'dang-xu-ly': ['da-tra-loi', 'tu-choi'],
  'da-tra-loi': ['dang-xu-ly'],
  'tu-choi': ['dang-xu-ly'],
};

/** Statuses that close an item: they need a public answer. */
export const CLOSING: readonly FeedbackStatus[] = ['da-tra-loi', 'tu-choi'];

export const isStatus = (s: string): s is FeedbackStatus => (FEEDBACK_STATUSES as readonly string[]).includes(s);

export const canMove = (from: string, to: string): boolean =>
  from === to || (isStatus(from) && isStatus(to) && NEXT_STATUSES[from].includes(to));
