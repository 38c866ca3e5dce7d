/** A publicity campaign (tuyên truyền) as staff schedule it: what the banner shows, when and where. */
import * as v from 'valibot';
import { datetime, int, optional, optionalText, record, requiredText, say, text, withDefault } from './fields.js';
import { cleanText, M, msg } from './messages.js';

/**
 * https, a path on the ward's own site, or a local address for trying things out. A path never starts
 * with // or /\ (browsers read both as another host), and a local address ends at its port.
 */
const SAFE_URL = /^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?(?=[/?#]|$)|\/(?![/\\]))[^\s<>"'\\]*$/;

const url = () =>
  optional(
    v.pipe(
      text(500),
      v.check((s) => s === '' || SAFE_URL.test(s), say(M.url)),
      v.transform((s) => s || undefined),
    ),
  );

const targetPagesMessage = say(
  msg('Mỗi trang đích là một đường dẫn bắt đầu bằng /.', 'Each target page is a path starting with /.'),
);

export const CampaignSchema = v.pipe(
  record({
    title: requiredText(120),
    text: optionalText(600),
    imageUrl: url(),
    /** Exactly '' marks a decorative image; absent (or only spaces) with an image is refused. */
    imageAlt: optional(
      v.pipe(
        v.string(say(M.string)),
        v.transform((s) => (s === '' ? '' : cleanText(s).trim() || undefined)),
        v.check((s) => s === undefined || [...s].length <= 200, say(M.text(200))),
      ),
    ),
    imageWidth: optional(int(1, 4000)),
    imageHeight: optional(int(1, 4000)),
    imageSrcset: optionalText(1000),
    linkUrl: url(),
    linkText: optionalText(80),
    startsAt: datetime(),
    endsAt: datetime(),
    priority: withDefault(int(0, 100), () => 0),
    /** Paths where it shows; `*` matches anything ("/thu-tuc*"). None: every page. */
    targetPages: optional(
      v.pipe(
        v.custom<string[]>(
          (x) =>
            Array.isArray(x) &&
            x.length <= 20 &&
            x.every((p) => typeof p === 'string' && p.length <= 200 && p.startsWith('/')),
          targetPagesMessage,
        ),
        v.array(v.string()),
      ),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['imageUrl'], ['imageAlt']],
      (c) => !c.imageUrl || c.imageAlt !== undefined,
      say(
        msg(
          'Cần mô tả ảnh cho người khiếm thị (hoặc để trống nếu ảnh chỉ trang trí).',
          'Describe the image for screen-reader users.',
        ),
      ),
    ),
    ['imageAlt'],
  ),
  v.forward(
    v.partialCheck(
      [['startsAt'], ['endsAt']],
      (c) => c.endsAt.getTime() >= c.startsAt.getTime(),
      say(msg('Ngày kết thúc phải sau ngày bắt đầu.', 'The end must not be before the start.')),
    ),
    ['endsAt'],
  ),
  v.transform((c) => ({ ...c, imageAlt: c.imageAlt || undefined })),
);

/** A publicity campaign (tuyên truyền): what the banner shows, when and where. */
export type Campaign = v.InferOutput<typeof CampaignSchema>;
