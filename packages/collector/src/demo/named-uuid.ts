/** A UUID made from a name, so the demo's rows have the same ids on every start (seeding is idempotent). */
import { createHash } from 'node:crypto';

export function namedUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
