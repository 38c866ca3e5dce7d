/** @motcua/collector: start the service from code (tests, embedding) or from the CLI. */
export { normalizeReceiptCode } from './feedback/receipt.js';
export type { Collector, CollectorOptions } from './http/server.js';
export { startCollector } from './http/server.js';
export { createStaff, hashPassword, verifyPassword } from './staff/accounts.js';
export type { Db } from './storage/database.js';
export { openDb } from './storage/database.js';
export { migrate } from './storage/migrations/index.js';
