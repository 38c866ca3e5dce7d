/**
 * The building blocks of every schema, on valibot: trimmed NFC text counted in characters, whole numbers
 * in a range, UUIDs, instants, calendar dates, choices, and objects whose missing fields get the right
 * message. Each part gives the same Vietnamese and English message for the same mistake wherever it is
 * used. Valibot messages are strings, so ours carry both languages as JSON (`say`), read back by
 * `fieldErrors` (parse.ts). Checks JSON Schema cannot express on its own carry a hint (`hinted`) that the
 * collector's OpenAPI generator adds to the schema it derives.
 */
import * as v from 'valibot';
import { cleanText, isIsoDate, isObject, M, type Message, UUID_PATTERN } from './messages.js';

/** A message as valibot carries it. */
export const say = (message: Message): string => JSON.stringify(message);

const HINT = '~jsonSchema';

/** Marks a check with what it means in JSON Schema (e.g. `{ maxLength: 120 }`). */
export function hinted<T extends object>(item: T, jsonSchema: Record<string, unknown>): T {
  return Object.assign(item, { [HINT]: jsonSchema });
}

/** The JSON Schema a check or schema was marked with, if any. */
export function jsonSchemaHint(item: unknown): Record<string, unknown> | undefined {
  return isObject(item) && isObject(item[HINT]) ? item[HINT] : undefined;
}

const absent = (input: unknown) => input === undefined || input === null;
const chars = (s: string) => [...s].length;

/** Trimmed NFC text without control characters, at most `max` characters; '' when only spaces. */
export function text(max: number, min = 0) {
  return v.pipe(
    v.string((issue) => say(absent(issue.input) ? M.required : M.string)),
    v.transform((s) => cleanText(s).trim()),
    hinted(
      v.check((s: string) => chars(s) <= max, say(M.text(max))),
      { maxLength: max },
    ),
    v.check((s: string) => min === 0 || s === '' || chars(s) >= min, say(M.atLeast(min))),
  );
}

/** Text that must be there (not absent, empty or only spaces). */
export const requiredText = (max: number, min = 0) =>
  v.pipe(
    text(max, min),
    hinted(
      v.check((s: string) => s !== '', say(M.required)),
      { minLength: Math.max(1, min) },
    ),
  );

/** Absent (undefined or null) reads as undefined. */
export const optional = <S extends v.GenericSchema>(schema: S) =>
  v.optional(
    v.pipe(
      v.nullable(schema),
      v.transform((x) => x ?? undefined),
    ),
  );

/** Absent (undefined or null) reads as the default. */
export const withDefault = <S extends v.GenericSchema>(schema: S, fallback: () => v.InferOutput<S>) =>
  v.optional(
    v.pipe(
      v.nullable(schema),
      v.transform((x) => x ?? fallback()),
    ),
    fallback,
  );

/** Optional text: absent, empty or only spaces read as undefined. */
export const optionalText = (max: number) =>
  optional(
    v.pipe(
      text(max),
      v.transform((s) => s || undefined),
    ),
  );

/** A whole number from min to max. */
export const int = (min: number, max: number) => {
  const message = say(M.integer(min, max));
  return v.pipe(
    v.number((issue) => (absent(issue.input) ? say(M.required) : message)),
    v.integer(message),
    v.minValue(min, message),
    v.maxValue(max, message),
  );
};

/** A UUID (versions 1–8), given back in lower case. */
export const uuid = () =>
  v.pipe(
    v.string(say(M.uuid)),
    v.regex(UUID_PATTERN, say(M.uuid)),
    v.transform((s) => s.toLowerCase()),
  );

/** An instant as ISO text, given back as a Date. */
export const datetime = () =>
  v.pipe(
    v.string((issue) => say(absent(issue.input) ? M.required : M.datetime)),
    v.maxLength(40, say(M.datetime)),
    hinted(
      v.check((s: string) => !Number.isNaN(new Date(s).getTime()), say(M.datetime)),
      { format: 'date-time' },
    ),
    v.transform((s) => new Date(s)),
    // Years 2000–2100 only: year 0 or JavaScript's extreme dates are typing errors, and PostgreSQL
    // refuses some of them, which must be a 400 here rather than a failed batch later.
    v.check((d: Date) => inYears(d.getUTCFullYear()), say(M.datetime)),
  );

/** The years any date in the product may fall in. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;
const inYears = (year: number) => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

/** A calendar date YYYY-MM-DD that exists. */
export const isoDate = () =>
  v.pipe(
    v.string(say(M.date)),
    hinted(
      v.check((s: string) => isIsoDate(s) && inYears(Number(s.slice(0, 4))), say(M.date)),
      { format: 'date' },
    ),
  );

/** One of a few words. */
export const oneOf = <const T extends readonly string[]>(values: T) =>
  v.picklist(values, (issue) => say(absent(issue.input) ? M.required : M.oneOf(values)));

export const bool = () => v.boolean(say(M.boolean));

/**
 * An object of the given fields (others are dropped). A missing field is "required" unless `missing`
 * says otherwise; what is not an object (an array included) gets `notObject`.
 */
export function record<E extends v.ObjectEntries>(
  entries: E,
  missing: { [K in keyof E]?: Message } = {},
  notObject: Message = M.notObject,
) {
  return v.pipe(
    hinted(v.custom<Record<string, unknown>>(isObject, say(notObject)), { type: 'object' }),
    v.object(entries, (issue) => {
      const key = issue.path?.[0]?.key;
      return say(key === undefined ? notObject : ((missing as Record<string, Message>)[String(key)] ?? M.required));
    }),
  );
}
