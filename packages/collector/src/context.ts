/** What every request handler receives. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from './db.js';

export interface CollectorConfig {
  /** Writes per IP per minute on public routes. */
  rateIpPerMinute: number;
  /** Writes per unit per minute on public routes. */
  rateUnitPerMinute: number;
  /** Feedback submissions per IP per hour. */
  feedbackIpPerHour: number;
  /** Seconds a feedback form must have been open before it is accepted. */
  minFillSeconds: number;
  trustProxy: boolean;
}

export const DEFAULT_CONFIG: CollectorConfig = {
  rateIpPerMinute: 120,
  rateUnitPerMinute: 6000,
  feedbackIpPerHour: 20,
  minFillSeconds: 3,
  trustProxy: false,
};

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  ip: string;
  db: Db;
  config: CollectorConfig;
  /** CORS headers to add to the answer (set once the unit's allow-list is known). */
  cors: Record<string, string>;
}
