/**
 * Vietnam time (UTC+7, no daylight saving) for the admin's date inputs: an instant as a `datetime-local`
 * or `date` value and back, whatever time zone the staff's computer is set to.
 */
const OFFSET = 7 * 3600_000;

/** The `datetime-local` value ("2026-12-07T09:30") of an instant, in Vietnam time; empty for none. */
export const toLocalInput = (iso?: string): string =>
  iso ? new Date(Date.parse(iso) + OFFSET).toISOString().slice(0, 16) : '';

/** The instant a `datetime-local` value means in Vietnam; empty for an empty input. */
export const fromLocalInput = (value: FormDataEntryValue | null | undefined): string =>
  value ? new Date(`${value}:00+07:00`).toISOString() : '';

/** The Vietnam calendar day ("2026-12-07") of an instant. */
export const vietnamDate = (time: number): string => new Date(time + OFFSET).toISOString().slice(0, 10);
