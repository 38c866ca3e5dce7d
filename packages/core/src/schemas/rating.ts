/** Đánh giá mức độ hài lòng: the schema of one citizen's rating of one service, as the rating widget sends it. */
import * as v from 'valibot';
import { datetime, hinted, int, oneOf, optional, optionalText, record, requiredText, say, uuid } from './fields.js';
import { dossierCode } from './dossier.js';
import { RATING_LIMITS } from './limits.js';
import { isObject, M, msg } from './messages.js';

/** The highest score of the rating's scale (of a five-level one while the scale itself is wrong). */
const topOf = (r: object) => ((r as { scale?: unknown }).scale === 3 ? 3 : 5);

const criterionScore = say(M.integer(0, 10));

/** Official criteria scores by criterion id (up to 30). */
const CriteriaSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (x) => isObject(x) && Object.keys(x).length <= 30,
    say(msg('Danh sách tiêu chí không hợp lệ.', 'Criteria must be an object of up to 30 scores.')),
  ),
  v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, criterionScore)), int(0, 10)),
);

export const RatingSchema = v.pipe(
  record(
    {
      id: uuid(),
      /** 3: Rất hài lòng / Hài lòng / Không hài lòng; 5: a five-level scale. */
      scale: v.picklist([3, 5], say(M.oneOf(['3', '5']))),
      /** 1…scale, higher is better: checked below, where the scale is known. */
      score: hinted(v.unknown(), { type: 'integer', minimum: 1, maximum: 5 }),
      mode: optional(oneOf(['quick', 'full', 'kiosk'] as const)),
      criteria: v.optional(CriteriaSchema),
      comment: optionalText(RATING_LIMITS.comment),
      procedure: optionalText(RATING_LIMITS.procedure),
      /** Mã hồ sơ (upper-cased): one rating per dossier. */
      dossier: v.optional(dossierCode()),
      /** The pass the dossier lookup gave its owner: proof that this is the dossier's own rating. */
      dossierPass: optionalText(100),
      /** The counter device's key (a kiosk staff registered): proof that the rating was made at the counter. */
      device: optionalText(100),
      officer: optionalText(RATING_LIMITS.officer),
      /** When the citizen rated (the outbox may send it later); a hint the server bounds. */
      createdAt: optional(datetime()),
    },
    { scale: M.oneOf(['3', '5']) },
  ),
  v.forward(
    v.partialCheck(
      [['score']],
      (r) => Number.isInteger(r.score) && (r.score as number) >= 1 && (r.score as number) <= topOf(r),
      (issue) => {
        const r = issue.input as { score?: unknown };
        return say(r.score === null ? M.required : M.integer(1, topOf(r)));
      },
    ),
    ['score'],
  ),
  v.transform((r) => ({ ...r, score: r.score as number })),
);

/** Đánh giá mức độ hài lòng: one citizen's rating of one service. */
export type Rating = v.InferOutput<typeof RatingSchema>;

/** A counter device (kiosk) as staff register it: a name the unit recognises it by ("Quầy 1 — tầng trệt"). */
export const KioskSchema = record({ name: requiredText(80, 2) });
