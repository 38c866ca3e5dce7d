/**
 * Schema migrations, run at start-up by Kysely's Migrator: each once, in the order of their dated
 * names, under the migrator's lock, so collector instances starting together (a rolling deploy) never
 * run one twice. A feature adds its tables with a migration file here, named by date.
 */
import { Migrator } from 'kysely/migration';
import type { Db } from '../database.js';
import { initialMigration } from './2026-12-01-initial.js';
import { contestsMigration } from './2026-12-06-contests.js';
import { supportMigration } from './2026-12-06-support.js';
import { dossiersMigration } from './2026-12-06-dossiers.js';
import { feedbackTicketsMigration } from './2026-12-07-feedback-tickets.js';
import { ratingProofMigration } from './2026-12-07-rating-proof.js';
import { changeNoticesMigration } from './2026-12-07-change-notices.js';
import { contestAnswerKeysMigration } from './2026-12-07-contest-answer-keys.js';
import { provinceContestsMigration } from './2026-12-07-provinces-contests.js';
import { provincesMigration } from './2026-12-07-provinces.js';
import { reportIndexesMigration } from './2026-12-07-report-indexes.js';
import { reportMonthsMigration } from './2026-12-07-report-months.js';
import { searchMigration } from './2026-12-07-search.js';
import { outcomeMonthsMigration } from './2026-12-07-outcome-months.js';
import { supportMapMigration } from './2026-12-07-support-map.js';
import { unloggedCountersMigration } from './2026-12-07-unlogged-counters.js';
import { provinceOriginsMigration } from './2026-12-07-provinces-origins.js';

export const MIGRATIONS = {
  '2026-12-01-initial': initialMigration,
  '2026-12-06-contests': contestsMigration,
  '2026-12-06-support': supportMigration,
  '2026-12-06-dossiers': dossiersMigration,
  '2026-12-07-feedback-tickets': feedbackTicketsMigration,
  '2026-12-07-rating-proof': ratingProofMigration,
  '2026-12-07-change-notices': changeNoticesMigration,
  '2026-12-07-provinces': provincesMigration,
  '2026-12-07-provinces-contests': provinceContestsMigration,
  '2026-12-07-contest-answer-keys': contestAnswerKeysMigration,
  '2026-12-07-report-indexes': reportIndexesMigration,
  '2026-12-07-report-months': reportMonthsMigration,
  '2026-12-07-search': searchMigration,
  '2026-12-07-outcome-months': outcomeMonthsMigration,
  '2026-12-07-support-map': supportMapMigration,
  '2026-12-07-unlogged-counters': unloggedCountersMigration,
  '2026-12-07-provinces-origins': provinceOriginsMigration,
};

/** Brings the database to the latest schema; the number of migrations applied. */
export async function migrate(db: Db): Promise<number> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => MIGRATIONS },
    // Features' migrations touch only their own tables, so one dated before another already run may run after it.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return results?.filter((r) => r.status === 'Success').length ?? 0;
}
