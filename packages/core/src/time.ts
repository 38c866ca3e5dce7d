/**
 * Days in Vietnam time. A module of its own, not part of the campaign logic that first needed it, so a
 * widget that only counts days (the published results) does not carry the banner's scheduling code.
 */

/** Vietnam has one zone, UTC+7, and no daylight saving: the offset is a constant. */
const VN_OFFSET = 7 * 3600_000;

/** The day ("YYYY-MM-DD") an instant falls on in Vietnam. */
export function vnDay(time: number): string {
  return new Date(time + VN_OFFSET).toISOString().slice(0, 10);
}
