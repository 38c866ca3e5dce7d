/**
 * Help where people live (issue 21): support points and community technology teams (điểm hỗ trợ 24h, tổ
 * công nghệ số cộng đồng, bộ phận một cửa) with their opening hours, and citizens' home-visit requests
 * (đăng ký hỗ trợ tại nhà) with the staff's workflow. The collector accepts these bodies, the widget checks
 * a request with the same schema before sending it, and the OpenAPI document is generated from them.
 */
import * as v from 'valibot';
import { hoursProblems, type OpeningHours } from '../hours/index.js';
import { normalizePhoneVN } from './contact.js';
import { SUPPORT_KINDS, SUPPORT_LIMITS, SUPPORT_SERVICES } from './limits.js';
import { msg } from './messages.js';
import { say, text, uuid } from './valibot.js';

/** The home-visit workflow: received → assigned to a team → scheduled → done, or could not help. */
export const VISIT_STATUSES = ['moi', 'da-phan-cong', 'da-hen', 'da-xong', 'khong-ho-tro-duoc'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** The statuses a request may move to from each status (the server enforces it, the admin offers it). */
export const NEXT_VISIT_STATUSES: Record<VisitStatus, readonly VisitStatus[]> = {
  moi: ['da-phan-cong', 'khong-ho-tro-duoc'],
  'da-phan-cong': ['da-phan-cong', 'da-hen', 'khong-ho-tro-duoc'],
  'da-hen': ['da-phan-cong', 'da-hen', 'da-xong', 'khong-ho-tro-duoc'],
  'da-xong': [],
  'khong-ho-tro-duoc': [],
};

const phone = v.pipe(
  v.string(say('Số điện thoại chưa đúng, ví dụ 0912 345 678.', 'Not a valid phone number, e.g. 0912 345 678.')),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const normal = normalizePhoneVN(dataset.value);
    if (normal) return normal;
    addIssue({
      message: say('Số điện thoại chưa đúng, ví dụ 0912 345 678.', 'Not a valid phone number, e.g. 0912 345 678.'),
    });
    return NEVER;
  }),
);

const clock = v.pipe(
  v.string(say('Giờ cần có dạng 07:30.', 'A time is written 07:30.')),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, say('Giờ cần có dạng 07:30.', 'A time is written 07:30.')),
);
const range = v.object({ open: clock, close: clock });
const date = v.pipe(
  v.string(say('Ngày cần có dạng 2026-12-31.', 'A date is written 2026-12-31.')),
  v.isoDate(say('Ngày cần có dạng 2026-12-31.', 'A date is written 2026-12-31.')),
);

/** core's OpeningHours, checked by core's `hoursProblems` (a range that opens and closes at once). */
export const OpeningHoursSchema = v.pipe(
  v.object({
    weekly: v.pipe(
      v.array(
        v.object({
          ...range.entries,
          days: v.pipe(
            v.array(
              v.pipe(
                v.number(),
                v.integer(),
                v.minValue(1, say('Thứ trong tuần: 1 (thứ Hai) đến 7 (Chủ nhật).', 'Weekdays are 1 (Mon) to 7 (Sun).')),
                v.maxValue(7, say('Thứ trong tuần: 1 (thứ Hai) đến 7 (Chủ nhật).', 'Weekdays are 1 (Mon) to 7 (Sun).')),
              ),
            ),
            v.minLength(1, say('Chọn ít nhất một ngày.', 'Choose at least one day.')),
          ),
        }),
      ),
      v.maxLength(SUPPORT_LIMITS.ranges),
    ),
    exceptions: v.optional(
      v.pipe(
        v.array(
          v.object({
            date,
            closed: v.optional(v.boolean()),
            hours: v.optional(v.pipe(v.array(range), v.maxLength(SUPPORT_LIMITS.ranges))),
            note: v.optional(text(0, 200, msg('Ghi chú', 'Note'))),
          }),
        ),
        v.maxLength(SUPPORT_LIMITS.exceptions),
      ),
    ),
    holidays: v.optional(v.pipe(v.array(date), v.maxLength(SUPPORT_LIMITS.exceptions))),
  }),
  v.check(
    (h) => hoursProblems(h as OpeningHours).length === 0,
    say(
      'Giờ mở cửa có khoảng trống (mở và đóng cùng lúc).',
      'The hours hold an empty range (opens and closes at once).',
    ),
  ),
);

const choice = <T extends readonly string[]>(list: T, vi: string, en: string) =>
  v.picklist(list, say(`${vi}: chọn một trong danh sách.`, `${en}: choose one from the list.`));

/** A support point or team, as staff save it; `id` names the point (a new one gets a fresh UUID). */
export const SupportPointSchema = v.object({
  id: uuid,
  name: text(2, SUPPORT_LIMITS.name, msg('Tên điểm', 'Name')),
  kind: choice(SUPPORT_KINDS, 'Loại điểm', 'Kind'),
  address: text(1, SUPPORT_LIMITS.address, msg('Địa chỉ', 'Address')),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lng: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
  hours: OpeningHoursSchema,
  services: v.pipe(
    v.array(choice(SUPPORT_SERVICES, 'Dịch vụ', 'Service')),
    v.minLength(1, say('Chọn ít nhất một việc điểm hỗ trợ.', 'Choose at least one service.')),
    v.transform((list) => [...new Set(list)]),
  ),
  phone,
  zalo: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^https:\/\/zalo\.me\/[A-Za-z0-9._/-]{1,100}$/,
        say('Liên kết Zalo có dạng https://zalo.me/…', 'A Zalo link looks like https://zalo.me/…'),
      ),
    ),
  ),
});
export type SupportPoint = v.InferOutput<typeof SupportPointSchema>;

/** A citizen's home-visit request (đăng ký hỗ trợ tại nhà); the client-made `id` makes retries idempotent. */
export const HomeVisitSchema = v.object({
  id: uuid,
  name: text(2, SUPPORT_LIMITS.name, msg('Họ và tên', 'Full name')),
  phone,
  address: text(5, SUPPORT_LIMITS.address, msg('Địa chỉ', 'Address')),
  need: choice(SUPPORT_SERVICES, 'Việc cần hỗ trợ', 'What you need'),
  details: v.optional(text(0, SUPPORT_LIMITS.details, msg('Mô tả thêm', 'Details'))),
  preferredTime: text(1, SUPPORT_LIMITS.preferredTime, msg('Thời gian mong muốn', 'Preferred time')),
  consent: v.literal(
    true,
    say(
      'Vui lòng đồng ý xử lý dữ liệu cá nhân để được hỗ trợ tại nhà.',
      'Consent to the processing of personal data is needed for a home visit.',
    ),
  ),
});
export type HomeVisit = v.InferOutput<typeof HomeVisitSchema>;

const instant = v.pipe(
  v.string(say('Cần ngày giờ hẹn.', 'A date and time is needed.')),
  v.isoTimestamp(say('Ngày giờ hẹn không hợp lệ.', 'Not a valid date and time.')),
  v.transform((s) => new Date(s)),
  v.check(
    (d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100,
    say('Ngày giờ hẹn: năm 2000–2100.', 'Year 2000–2100.'),
  ),
);
const note = text(0, SUPPORT_LIMITS.note, msg('Ghi chú', 'Note'));

/** A staff step in a request's workflow; each step says what it needs (a team, a time, a note). */
export const VisitStepSchema = v.variant(
  'status',
  [
    v.object({ status: v.literal('da-phan-cong'), team: uuid, note: v.optional(note) }),
    v.object({ status: v.literal('da-hen'), scheduledAt: instant, team: v.optional(uuid), note: v.optional(note) }),
    v.object({ status: v.literal('da-xong'), note: v.optional(note) }),
    v.object({
      status: v.literal('khong-ho-tro-duoc'),
      note: text(1, SUPPORT_LIMITS.note, msg('Lý do không hỗ trợ được', 'Why it could not be done')),
    }),
  ],
  say('Bước xử lý không hợp lệ.', 'Not a valid step.'),
);
export type VisitStep = v.InferOutput<typeof VisitStepSchema>;

/**
 * The ward's map tiles for the support points' small maps: a tile server's address with {z}, {x} and {y}
 * (https only, so a ward's https page can load them), and the credit its licence asks for. Without it the
 * widget offers no map and requests no tile.
 */
export const SupportMapSchema = v.object({
  tiles: v.pipe(
    v.string(say('Cần địa chỉ máy chủ bản đồ.', 'A tile server address is needed.')),
    v.maxLength(300, say('Địa chỉ máy chủ bản đồ: tối đa 300 ký tự.', 'Tile server address: at most 300 characters.')),
    v.regex(
      /^https:\/\/[^\s"'<>\\]+$/,
      say('Địa chỉ máy chủ bản đồ bắt đầu bằng https://', 'A tile server address starts with https://'),
    ),
    v.check(
      (s) => s.includes('{z}') && s.includes('{x}') && s.includes('{y}'),
      say(
        'Địa chỉ máy chủ bản đồ cần có {z}, {x} và {y}, ví dụ https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        'A tile server address has {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      ),
    ),
  ),
  attribution: text(1, 200, msg('Ghi công bản đồ', 'Map credit')),
});
export type SupportMap = v.InferOutput<typeof SupportMapSchema>;
