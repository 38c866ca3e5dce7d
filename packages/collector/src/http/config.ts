/** The collector's settings, and what every request handler finds in its Hono context. */
import type { Db } from '../storage/database.js';
import type { Unit } from '../units/load.js';

export interface CollectorConfig {
  /** Writes per IP per minute on public routes. */
  rateIpPerMinute: number;
  /** Writes per unit per minute on public routes. */
  rateUnitPerMinute: number;
  /** Feedback submissions per IP per hour. */
  feedbackIpPerHour: number;
  /** Seconds a feedback form must have been open (by its ticket) before it is accepted. */
  minFillSeconds: number;
  /** Feedback submissions per IP per hour without a good form ticket (offline forms, no JavaScript, bots). */
  feedbackUnticketedPerHour: number;
  /** Contest attempts started per IP per hour. */
  contestStartsPerIp: number;
  /** Contest submissions per IP per hour. */
  contestSubmitsPerIp: number;
  /** Home-visit requests per IP per hour. */
  homeVisitsIpPerHour: number;
  /** Dossier lookups per IP per hour. */
  dossierLookupsPerIp: number;
  /** Dossier lookups per dossier code per hour (counted only for lookups the address limit let through). */
  dossierLookupsPerCode: number;
  /**
   * Proxies in front of the collector whose X-Forwarded-For is believed: false (none, the socket's
   * address is the client's), a number of hops, or true for one.
   */
  trustProxy: boolean | number;
}

export const DEFAULT_CONFIG: CollectorConfig = {
  rateIpPerMinute: 120,
  rateUnitPerMinute: 6000,
  feedbackIpPerHour: 20,
  minFillSeconds: 3,
  feedbackUnticketedPerHour: 5,
  contestStartsPerIp: 20,
  contestSubmitsPerIp: 60,
  homeVisitsIpPerHour: 10,
  dossierLookupsPerIp: 30,
  dossierLookupsPerCode: 10,
  trustProxy: false,
};

/** Hono's environment: what middleware puts in the context for the handlers. */
export interface AppEnv {
  Variables: {
    db: Db;
    config: CollectorConfig;
    /** The client's address, as the trusted proxies report it. */
    ip: string;
    /** The unit of a /units/:unit/ route, once loaded. */
    unit: Unit;
  };
}
