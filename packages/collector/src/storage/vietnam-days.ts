/**
 * Days and periods as the ward counts them, in Vietnam time (UTC+7, no daylight saving): after 17:00 UTC
 * it is already tomorrow there. One SQL window for every query that counts by day, month or quarter.
 */
export const TZ = 'Asia/Ho_Chi_Minh';

/**
 * `column` within the Vietnam days from `$from` to `$to` inclusive, the two given as the numbers of
 * their SQL parameters (dates "YYYY-MM-DD").
 */
export function vnDaysWhere(column: string, from: number, to: number): string {
  return `${column} >= ($${from}::date::timestamp AT TIME ZONE '${TZ}') AND ${column} < (($${to}::date + 1)::timestamp AT TIME ZONE '${TZ}')`;
}

/** The Vietnam month ('YYYY-MM') or quarter ('YYYY-"Q"Q' → 2026-Q4) of `column`. */
export function vnPeriod(column: string, groupBy: 'month' | 'quarter'): string {
  return `to_char(${column} AT TIME ZONE '${TZ}', '${groupBy === 'month' ? 'YYYY-MM' : 'YYYY-"Q"Q'}')`;
}
