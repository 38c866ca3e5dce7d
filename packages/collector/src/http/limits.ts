/** The write limits of the public routes: per client address, and per unit to protect the database. */
import type { Context } from 'hono';
import type { Limit } from '../storage/rate-limits.js';
import type { AppEnv } from './config.js';

export function writeLimits(c: Context<AppEnv>, unit: string): Limit[] {
  return [
    { key: `ip:${c.get('ip')}`, max: c.get('config').rateIpPerMinute, windowSeconds: 60 },
    { key: `unit:${unit}`, max: c.get('config').rateUnitPerMinute, windowSeconds: 60, shared: true },
  ];
}
