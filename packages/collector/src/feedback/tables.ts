/** Feedback and petitions (phản ánh, kiến nghị), their status history and attachments. */
import type { Generated } from 'kysely';
import type { Stamp, Timestamp } from '../storage/columns.js';

export interface FeedbackTable {
  id: string;
  unit: string;
  receipt_code: string;
  name: string;
  phone: string;
  email: string | null;
  address: string | null;
  subject: string | null;
  content: string;
  procedure: string | null;
  consent_at: Timestamp;
  publish_consent: Generated<boolean>;
  status: Generated<string>;
  answer: string | null;
  answered_at: Timestamp | null;
  created_at: Stamp;
}

export interface FeedbackHistoryTable {
  id: Generated<string>;
  feedback_id: string;
  status: string;
  note: string | null;
  actor: string | null;
  at: Stamp;
}

export interface AttachmentsTable {
  id: string;
  feedback_id: string;
  name: string;
  type: string;
  size: number;
  data: Uint8Array;
}

export interface FeedbackTables {
  feedback: FeedbackTable;
  feedback_history: FeedbackHistoryTable;
  attachments: AttachmentsTable;
}
