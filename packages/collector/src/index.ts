/** @motcua/collector: start the service from code (tests, embedding) or from the CLI. */
export { createStaff, hashPassword, verifyPassword } from './auth.js';
export type { Db } from './db.js';
export { openDb } from './db.js';
export { migrate } from './migrations.js';
export { normalizeReceiptCode } from './receipt.js';
export type { Collector, CollectorOptions } from './server.js';
export { startCollector } from './server.js';
