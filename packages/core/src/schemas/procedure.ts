/**
 * What a unit's own catalogue may say of a procedure beyond the portal's text, checked when it is
 * imported: the referral marker (Procedure.referral) of a procedure the ward does not receive.
 */
import type * as v from 'valibot';
import { optionalText, record, requiredText } from './fields.js';

/** Chuyển nơi khác: the office that receives the procedure (required) and why the ward does not. */
export const ReferralSchema = record({
  office: requiredText(300),
  reason: optionalText(500),
});
export type ReferralInput = v.InferOutput<typeof ReferralSchema>;
