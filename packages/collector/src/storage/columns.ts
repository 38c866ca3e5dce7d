/** Column types shared by every feature's table declarations. */
import type { ColumnType } from 'kysely';

/** timestamptz: read as a Date, written as a Date or ISO text. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp the database fills in (optional on insert). */
export type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as the value, written as its JSON text (pg would turn a JS array into a SQL array). */
export type Json<T> = ColumnType<T, string, string>;
