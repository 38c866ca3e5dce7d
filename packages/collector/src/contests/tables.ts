/**
 * The contest tables as Kysely sees them. A contest belongs to a unit (a ward, or a province running one
 * contest for its wards: then each participant names the ward they live in, and counts in its figures);
 * rounds (đợt thi) have their own question bank; participants register once per contest; attempts hold
 * the questions drawn, the deadline, the answers and the grade.
 */
import type { ColumnType } from 'kysely';
import type { Json, Stamp, Timestamp } from '../storage/columns.js';

export interface ContestsTable {
  /** The owner: a ward's unit code, or `province:<code>` for a province's contest (see owner.ts). */
  unit: string;
  /** The province running the contest for its wards; null for a ward's own contest. */
  province_code: ColumnType<string | null, string | null | undefined, string | null>;
  slug: string;
  title: string;
  rules: string;
  prediction_question: string;
  ideas_enabled: boolean;
  require_id_number: boolean;
  places: Json<string[]>;
  attempts_per_round: number;
  created_at: Stamp;
}

export interface ContestRoundsTable {
  id: string;
  unit: string;
  contest: string;
  title: string;
  question_count: number;
  duration_minutes: number;
  opens_at: Timestamp;
  closes_at: Timestamp;
  published_at: Timestamp | null;
  created_at: Stamp;
}

export interface StoredOption {
  id: string;
  text: string;
  correct: boolean;
}

export interface ContestQuestionsTable {
  round_id: string;
  id: string;
  position: number;
  text: string;
  kind: 'single' | 'multiple';
  options: Json<StoredOption[]>;
  source: string | null;
}

export interface ContestParticipantsTable {
  id: string;
  unit: string;
  contest: string;
  /** The phone as normalised by core (0xxxxxxxxx): one registration per phone per contest. */
  phone: string;
  /** The ward the participant belongs to (whose widget they registered through, or chose). */
  ward: string;
  full_name: string;
  birth_year: number;
  place: string;
  workplace: string | null;
  id_number: string | null;
  consent_at: Timestamp;
  created_at: Stamp;
  /** When the personal details were erased after the retention period (name, phone, workplace, ID). */
  erased_at: Timestamp | null;
}

export interface DrawnQuestionJson {
  id: string;
  text: string;
  kind: 'single' | 'multiple';
  options: { id: string; text: string }[];
}

export interface ContestAttemptsTable {
  id: string;
  unit: string;
  contest: string;
  round_id: string;
  participant_id: string;
  /** The participant's ward when the attempt started: the ward whose figures count it. */
  ward: string;
  /** SHA-256 of the attempt's token; the token itself is only ever in the participant's browser. */
  token_hash: string;
  questions: Json<DrawnQuestionJson[]>;
  /** The right options of each question drawn (never sent before submission); null on older attempts. */
  answer_key: ColumnType<Record<string, string[]> | null, string | undefined, string>;
  started_at: Timestamp;
  deadline: Timestamp;
  submitted_at: Timestamp | null;
  answers: Json<Record<string, string[]>> | null;
  correct: number | null;
  total: number;
  took_ms: number | null;
  late: boolean;
  prediction: number | null;
  idea: string | null;
}

export interface ContestTables {
  contests: ContestsTable;
  contest_rounds: ContestRoundsTable;
  contest_questions: ContestQuestionsTable;
  contest_participants: ContestParticipantsTable;
  contest_attempts: ContestAttemptsTable;
}
