/**
 * What the contest routes accept: a registration that starts an attempt, a submission, and the staff's
 * contest and round settings. The widget checks a registration with the same schema before sending.
 */
import * as v from 'valibot';
import { normalizePhoneVN } from './contact.js';
import { msg } from './messages.js';
import { int, say, text, uuid } from './valibot.js';

export const CONTEST_LIMITS = {
  name: 100,
  place: 100,
  workplace: 200,
  idea: 2000,
  options: 10,
  questions: 100,
} as const;

const thisYear = () => new Date().getFullYear();

export const ContestStartSchema = v.object({
  id: uuid,
  fullName: text(2, CONTEST_LIMITS.name, msg('Họ và tên', 'Full name')),
  birthYear: v.pipe(
    v.number(say('Năm sinh cần là số có 4 chữ số.', 'The year of birth must be a 4-digit number.')),
    v.integer(say('Năm sinh cần là số có 4 chữ số.', 'The year of birth must be a 4-digit number.')),
    v.check((y) => y >= 1900 && y <= thisYear(), say('Năm sinh không hợp lệ.', 'Not a valid year of birth.')),
  ),
  phone: v.pipe(
    v.string(say('Số điện thoại chưa đúng, ví dụ 0912 345 678.', 'Not a valid phone number, e.g. 0912 345 678.')),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const phone = normalizePhoneVN(dataset.value);
      if (phone) return phone;
      addIssue({
        message: say('Số điện thoại chưa đúng, ví dụ 0912 345 678.', 'Not a valid phone number, e.g. 0912 345 678.'),
      });
      return NEVER;
    }),
  ),
  place: text(1, CONTEST_LIMITS.place, msg('Nơi ở', 'Place of residence')),
  workplace: v.optional(text(0, CONTEST_LIMITS.workplace, msg('Đơn vị công tác', 'Workplace'))),
  idNumber: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{12}$/, say('Số định danh cá nhân gồm 12 chữ số.', 'The personal ID number has 12 digits.')),
    ),
  ),
  /** A province's contest: the participant's ward (a unit code of the province), when not the widget's. */
  ward: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, say('Phường, xã đã chọn không hợp lệ.', 'Not a valid ward.')),
    ),
  ),
  consent: v.literal(
    true,
    say(
      'Vui lòng đồng ý xử lý dữ liệu cá nhân để dự thi.',
      'Consent to the processing of personal data is needed to take part.',
    ),
  ),
});

const optionId = v.pipe(v.string(), v.maxLength(60));

/** POST …/attempts/{id}/standing: the attempt's token, so only its participant learns its rank. */
export const ContestStandingSchema = v.object({
  token: v.pipe(
    v.string(say('Thiếu mã lượt thi.', 'The attempt token is missing.')),
    v.minLength(10),
    v.maxLength(100),
  ),
});

export const ContestSubmissionSchema = v.object({
  token: v.pipe(
    v.string(say('Thiếu mã lượt thi.', 'The attempt token is missing.')),
    v.minLength(10),
    v.maxLength(100),
  ),
  answers: v.pipe(
    v.record(v.pipe(v.string(), v.maxLength(60)), v.pipe(v.array(optionId), v.maxLength(CONTEST_LIMITS.options))),
    v.check(
      (a) => Object.keys(a).length <= CONTEST_LIMITS.questions,
      say('Quá nhiều câu trả lời.', 'Too many answers.'),
    ),
  ),
  prediction: v.optional(int(0, 10_000_000, msg('Câu trả lời dự đoán', 'Prediction'))),
  idea: v.optional(text(0, CONTEST_LIMITS.idea, msg('Sáng kiến', 'Idea'))),
});

export const ContestSettingsSchema = v.object({
  slug: v.pipe(
    v.string(),
    v.regex(
      /^[a-z0-9][a-z0-9-]{2,59}$/,
      say(
        'Mã cuộc thi: 3–60 chữ thường không dấu, số, gạch ngang.',
        'Contest code: 3–60 lowercase letters, digits, hyphens.',
      ),
    ),
  ),
  title: text(3, 200, msg('Tên cuộc thi', 'Title')),
  rules: text(0, 5000, msg('Thể lệ', 'Rules')),
  prediction: text(0, 500, msg('Câu hỏi dự đoán', 'Prediction question')),
  ideas: v.boolean(),
  requireIdNumber: v.boolean(),
  places: v.pipe(v.array(text(1, CONTEST_LIMITS.place, msg('Nơi ở', 'Place'))), v.maxLength(300)),
  attemptsPerRound: int(1, 20, msg('Số lượt thi mỗi đợt', 'Attempts per round')),
});

const instant = (label: string, en: string) =>
  v.pipe(
    v.string(say(`${label}: cần ngày giờ.`, `${en}: a date and time is needed.`)),
    v.isoTimestamp(say(`${label}: ngày giờ không hợp lệ.`, `${en}: not a valid date and time.`)),
    v.transform((s) => new Date(s)),
    v.check(
      (d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100,
      say(`${label}: năm 2000–2100.`, `${en}: year 2000–2100.`),
    ),
  );

export const RoundSettingsSchema = v.pipe(
  v.object({
    title: text(1, 100, msg('Tên đợt thi', 'Round title')),
    questionCount: int(1, 100, msg('Số câu hỏi', 'Questions')),
    durationMinutes: int(1, 240, msg('Thời gian làm bài (phút)', 'Minutes')),
    opensAt: instant('Thời điểm mở', 'Opens at'),
    closesAt: instant('Thời điểm đóng', 'Closes at'),
  }),
  v.forward(
    v.check(
      (r) => r.closesAt > r.opensAt,
      say('Thời điểm đóng phải sau thời điểm mở.', 'The round must close after it opens.'),
    ),
    ['closesAt'],
  ),
);

export const PublishSchema = v.object({ published: v.boolean() });
