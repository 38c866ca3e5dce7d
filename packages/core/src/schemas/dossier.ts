/**
 * Dossiers (hồ sơ thủ tục hành chính) as the one-stop system (hệ thống thông tin giải quyết TTHC) knows
 * them: the one list of statuses every part uses, a row as provincial IT pushes it or a staff export
 * brings it, the column mapping of an export, and the citizen's lookup (code and the phone's last four
 * digits). The widget, the collector and the OpenAPI document read these same schemas.
 */
import * as v from 'valibot';
import { normalizePhoneVN } from './contact.js';
import { datetime, isoDate, oneOf, optionalText, record, requiredText, say } from './fields.js';
import { msg } from './messages.js';

/**
 * The statuses of a dossier, in the order a dossier usually moves through them:
 * - `moi-tiep-nhan` mới tiếp nhận: received at the one-stop counter or online;
 * - `dang-xu-ly` đang xử lý: being handled by the officer or the competent agency;
 * - `yeu-cau-bo-sung` yêu cầu bổ sung: something is missing (`note` says what to bring);
 * - `cho-tra-ket-qua` chờ trả kết quả: the result is ready at the counter;
 * - `da-tra-ket-qua` đã trả kết quả: the result was handed back (the dossier can be rated);
 * - `tu-choi` từ chối: refused (`note` gives the reason);
 * - `rut-ho-so` rút hồ sơ: withdrawn by the citizen.
 */
export const DOSSIER_STATUSES = [
  'moi-tiep-nhan',
  'dang-xu-ly',
  'yeu-cau-bo-sung',
  'cho-tra-ket-qua',
  'da-tra-ket-qua',
  'tu-choi',
  'rut-ho-so',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** Statuses whose `note` is required: what is missing, or why the dossier was refused. */
export const DOSSIER_NOTE_REQUIRED: readonly DossierStatus[] = ['yeu-cau-bo-sung', 'tu-choi'];
/** Statuses at which the result is ready: the dossier's handling time ends here (on time or late). */
export const DOSSIER_RESOLVED: readonly DossierStatus[] = ['cho-tra-ket-qua', 'da-tra-ket-qua'];

export const DOSSIER_LIMITS = { code: 60, procedure: 60, note: 1000, batch: 5000 } as const;

/** Dossier codes as one-stop systems print them: letters, digits and . _ / - (e.g. "000.00.17.H47-261206-0001"). */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{2,59}$/;
const codeMessage = msg(
  'Mã hồ sơ gồm 3–60 chữ cái, chữ số và các dấu . _ / -.',
  'A dossier code is 3–60 letters, digits and . _ / -.',
);

/** A dossier code, upper-cased (systems and citizens differ in case, never in meaning). */
export const dossierCode = () =>
  v.pipe(
    requiredText(DOSSIER_LIMITS.code),
    v.regex(CODE, say(codeMessage)),
    v.transform((s) => s.toUpperCase()),
  );

const phoneMessage = msg(
  'Số điện thoại chưa đúng, ví dụ 0912 345 678.',
  'Not a valid phone number, e.g. 0912 345 678.',
);

/** One dossier as provincial IT pushes it (and as an export's row reads once mapped). */
export const DossierRowSchema = v.pipe(
  record({
    code: dossierCode(),
    procedure: optionalText(DOSSIER_LIMITS.procedure),
    receivedAt: datetime(),
    dueDate: isoDate(),
    status: oneOf(DOSSIER_STATUSES),
    note: optionalText(DOSSIER_LIMITS.note),
    /** The citizen's phone; only a keyed hash of its last four digits is stored. */
    phone: v.pipe(
      v.string(say(phoneMessage)),
      v.rawTransform(({ dataset, addIssue, NEVER }) => {
        const phone = normalizePhoneVN(dataset.value);
        if (phone) return phone;
        addIssue({ message: say(phoneMessage) });
        return NEVER;
      }),
    ),
    /** When the status took effect in the one-stop system; the collector's time when absent. */
    statusAt: v.optional(datetime()),
  }),
  v.forward(
    v.check(
      (row) => !DOSSIER_NOTE_REQUIRED.includes(row.status) || Boolean(row.note),
      say(
        msg(
          'Cần ghi rõ giấy tờ còn thiếu (khi yêu cầu bổ sung) hoặc lý do (khi từ chối).',
          'Say what is missing (for yeu-cau-bo-sung) or why (for tu-choi).',
        ),
      ),
    ),
    ['note'],
  ),
);
export type DossierRow = v.InferOutput<typeof DossierRowSchema>;

/** A pushed batch: each row is checked on its own, so one bad row never fails the others. */
export const DossierBatchSchema = record({
  dossiers: v.pipe(
    v.array(v.unknown(), say(msg('Cần một danh sách hồ sơ.', 'Must be a list of dossiers.'))),
    v.minLength(1, say(msg('Danh sách hồ sơ trống.', 'The list of dossiers is empty.'))),
    v.maxLength(
      DOSSIER_LIMITS.batch,
      say(
        msg(`Tối đa ${DOSSIER_LIMITS.batch} hồ sơ mỗi lần gửi.`, `At most ${DOSSIER_LIMITS.batch} dossiers per batch.`),
      ),
    ),
  ),
});

/** The export's column header for each field (matched ignoring case, spaces and NFC form). */
export const DossierMappingSchema = record({
  code: requiredText(100),
  procedure: optionalText(100),
  receivedAt: requiredText(100),
  dueDate: requiredText(100),
  status: requiredText(100),
  note: optionalText(100),
  phone: requiredText(100),
  statusAt: optionalText(100),
});
export type DossierMapping = v.InferOutput<typeof DossierMappingSchema>;

/** Headers as the usual one-stop exports name their columns. */
export const DEFAULT_DOSSIER_MAPPING: DossierMapping = {
  code: 'Mã hồ sơ',
  procedure: 'Mã thủ tục',
  receivedAt: 'Ngày tiếp nhận',
  dueDate: 'Ngày hẹn trả',
  status: 'Trạng thái',
  note: 'Ghi chú',
  phone: 'Số điện thoại',
  statusAt: 'Ngày cập nhật',
};

/** The citizen's lookup: the code on the receipt slip and the last four digits of the phone given. */
export const DossierLookupSchema = record({
  code: dossierCode(),
  phone: v.pipe(
    v.string(say(msg('Nhập 4 số cuối điện thoại.', 'Enter the last 4 digits of the phone.'))),
    v.transform((s) => s.replace(/\s/g, '')),
    v.regex(/^\d{4}$/, say(msg('Nhập đúng 4 số cuối điện thoại.', 'Enter exactly the last 4 digits of the phone.'))),
  ),
});
export type DossierLookup = v.InferOutput<typeof DossierLookupSchema>;

/** What the lookup answers: nothing personal. */
export interface DossierView {
  code: string;
  procedure: { code: string; name?: string } | null;
  status: DossierStatus;
  /** What is missing (yêu cầu bổ sung) or why it was refused (từ chối). */
  note: string | null;
  receivedAt: string;
  dueDate: string;
  /** The day the result was ready, if it is. */
  resolvedOn: string | null;
  /** On time (đúng hạn) or late (trễ hạn), measured at the result's day or, while unresolved, today. */
  onTime: boolean;
  history: { status: DossierStatus; at: string; note: string | null }[];
  /** Handed back and not yet rated: the rating is offered. */
  canRate: boolean;
  /** With canRate: the pass a rating of this dossier carries to count as its owner's. */
  ratingPass?: string;
  rated: boolean;
}
