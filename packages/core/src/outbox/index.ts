/** The offline outbox shared by widgets that post to the collector (ratings, feedback, events). */
export { createOutbox } from './outbox.js';
export type {
  Outbox,
  OutboxEvent,
  OutboxInput,
  OutboxItem,
  OutboxOptions,
  QueueReason,
  SendResult,
  SentRecord,
} from './outbox.js';
