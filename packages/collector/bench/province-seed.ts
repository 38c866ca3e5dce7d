// A province at scale for the province bench (issue 24): 100 wards of Hà Nội (province 01) with three
// years of invented activity, made inside PostgreSQL with generate_series (no row crosses the wire):
// 5 million ratings, 500,000 feedback items, 2 million campaign event rows (event_counts: one row per
// campaign, day and type, 36 campaigns per ward each shown 183 days), 300,000 dossiers, 90,000 contest
// attempts and 30,000 home visits. `scale` multiplies every volume (0.1 = a tenth) but never the number
// of wards. Run alone: DATABASE_URL=postgres://… node --import tsx packages/collector/bench/province-seed.ts [--scale 1]
import type { Db } from '../src/storage/database.js';

export const PROVINCE = '01';
export const WARDS = 100;
export const YEARS = 3;
/** The three years end on the last day of November 2026: the bench reads its last full quarter, Q3 2026. */
export const SPAN = { from: '2023-12-01', to: '2026-11-30' };

export const volumes = (scale: number) => ({
  ratings: Math.round(5_000_000 * scale),
  feedback: Math.round(500_000 * scale),
  campaignsPerWard: Math.max(1, Math.round(36 * scale)),
  dossiers: Math.round(300_000 * scale),
  attemptsPerContest: Math.max(1, Math.round(300 * scale)),
  visits: Math.round(30_000 * scale),
});

/** Raised whenever what the seeding makes changes, so a database seeded the old way is seeded again. */
const SEED_VERSION = 2;

/** The scale a database was seeded at by this version, or undefined when it holds no such bench province. */
export async function seededScale(db: Db): Promise<number | undefined> {
  const [table] = await db.query<{ found: string | null }>("SELECT to_regclass('bench_province')::text AS found");
  if (!table?.found) return undefined;
  const [row] = await db
    .query<{ scale: number }>('SELECT scale FROM bench_province WHERE done AND version = $1', [SEED_VERSION])
    .catch(() => []);
  return row ? Number(row.scale) : undefined;
}

// Each row's random draws sit in a LATERAL subquery that names the row (`WHERE i > 0`): one that does
// not is evaluated once for all rows, and every row would get the same date.

/** Chunks of a big INSERT … SELECT over generate_series, so no one statement holds millions of rows in memory. */
async function inChunks(db: Db, total: number, chunk: number, sql: (from: number, to: number) => string) {
  for (let from = 1; from <= total; from += chunk) await db.query(sql(from, Math.min(total, from + chunk - 1)));
}

export async function seedProvince(db: Db, scale: number, log: (line: string) => void = console.log): Promise<void> {
  const v = volumes(scale);
  const t0 = performance.now();
  const step = (what: string) => log(`  ${what} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  await db.query('DROP TABLE IF EXISTS bench_province');
  await db.query('CREATE TABLE bench_province (scale real NOT NULL, version integer NOT NULL, done boolean NOT NULL)');
  await db.query('INSERT INTO bench_province VALUES ($1, $2, false)', [scale, SEED_VERSION]);
  await db.query(`DELETE FROM units WHERE province_code = '${PROVINCE}'`);
  // The wards: the first 100 communes of the province by official code, numbered 0…99 for the rows below.
  await db.query(
    `INSERT INTO units (code, name, origins, commune_code, province_code)
     SELECT 'bench-' || code, 'UBND ' || name, '{}', code, province_code FROM communes
     WHERE province_code = '${PROVINCE}' ORDER BY code LIMIT ${WARDS}`,
  );
  // A real table, not a temporary one: the pool may run each statement on another connection.
  await db.query('DROP TABLE IF EXISTS bench_ward');
  await db.query(`CREATE TABLE bench_ward AS
    SELECT row_number() OVER (ORDER BY code) - 1 AS n, code FROM units WHERE province_code = '${PROVINCE}'`);
  const [{ wards } = { wards: 0 }] = await db.query<{ wards: number }>('SELECT count(*)::int AS wards FROM bench_ward');
  if (wards !== WARDS) throw new Error(`the province has ${wards} communes, not ${WARDS}`);
  const start = `'${SPAN.from}'::timestamptz - interval '7 hours'`;
  const seconds = `extract(epoch FROM '${SPAN.to}'::timestamptz + interval '17 hours' - (${start}))`;
  step('wards');

  // Ratings: 1 in 10 on the five-level scale; about 88 % satisfied; spread evenly over the three years.
  await inChunks(
    db,
    v.ratings,
    500_000,
    (a, b) => `INSERT INTO ratings (id, unit, scale, score, mode, procedure, officer, created_at, received_at)
      SELECT gen_random_uuid(), w.code, s.scale, s.score, 'quick', '1.00' || (i % 9), 'Cán bộ ' || (i % 5), s.at, s.at
      FROM generate_series(${a}, ${b}) AS i
      JOIN bench_ward w ON w.n = i % ${WARDS}
      CROSS JOIN LATERAL (SELECT CASE WHEN i % 10 = 0 THEN 5 ELSE 3 END AS scale, random() AS r,
                                 ${start} + (random() * ${seconds}) * interval '1 second' AS at) AS p
      CROSS JOIN LATERAL (SELECT p.scale, p.at,
        CASE WHEN p.r < 0.88 THEN p.scale - (CASE WHEN p.r < 0.3 THEN 1 ELSE 0 END) ELSE 1 END AS score) AS s`,
  );
  step(`${v.ratings.toLocaleString('en')} ratings`);

  // Feedback: 85 % answered, most within the deadline, a few late; the rest new or in progress.
  await inChunks(
    db,
    v.feedback,
    250_000,
    (
      a,
      b,
    ) => `INSERT INTO feedback (id, unit, receipt_code, name, phone, content, consent_at, status, answer, answered_at, created_at)
      SELECT gen_random_uuid(), w.code, 'PB-' || lpad(i::text, 9, '0'), 'Người dân', '0900000000',
             'Phản ánh thử nghiệm', p.at,
             CASE WHEN p.r < 0.85 THEN 'da-tra-loi' WHEN p.r < 0.92 THEN 'dang-xu-ly' ELSE 'moi' END,
             CASE WHEN p.r < 0.85 THEN 'Đã trả lời' END,
             CASE WHEN p.r < 0.85 THEN p.at + (p.r * 24) * interval '1 day' END, p.at
      FROM generate_series(${a}, ${b}) AS i
      JOIN bench_ward w ON w.n = i % ${WARDS}
      CROSS JOIN LATERAL (SELECT random() AS r, ${start} + (random() * ${seconds}) * interval '1 second' AS at WHERE i > 0) AS p`,
  );
  step(`${v.feedback.toLocaleString('en')} feedback items`);

  // Campaigns: per ward, one starting every month, each shown 183 days; counts per day and type.
  await db.query(`INSERT INTO campaigns (id, unit, title, starts_at, ends_at)
    SELECT gen_random_uuid(), w.code, 'Chiến dịch ' || k, ${start} + (k * interval '1 month'),
           ${start} + (k * interval '1 month') + interval '183 days'
    FROM bench_ward w CROSS JOIN generate_series(0, ${v.campaignsPerWard - 1}) AS k`);
  await db.query(`INSERT INTO event_counts (unit, campaign, widget, day, type, count)
    SELECT c.unit, c.id::text, 'motcua-campaign-banner', d::date, t.type,
           CASE t.type WHEN 'impression' THEN 20 + (random() * 180)::int WHEN 'click' THEN 1 + (random() * 12)::int
                       ELSE (random() * 4)::int + 1 END
    FROM campaigns c
    CROSS JOIN LATERAL generate_series(c.starts_at + interval '7 hours', c.ends_at, interval '1 day') AS d
    CROSS JOIN (VALUES ('impression'), ('click'), ('dismiss')) AS t(type)
    WHERE c.unit LIKE 'bench-%'`);
  // The procedure search's own counts (online-service publicity): one impression and one click row a day.
  await db.query(`INSERT INTO event_counts (unit, campaign, widget, day, type, count)
    SELECT w.code, '', 'motcua-procedure-search', d::date, t.type, 5 + (random() * 50)::int
    FROM bench_ward w CROSS JOIN generate_series('${SPAN.from}'::date, '${SPAN.to}'::date, interval '1 day') AS d
    CROSS JOIN (VALUES ('impression'), ('click')) AS t(type)`);
  step('campaigns and event counts');

  // Dossiers: 92 % resolved on time.
  await inChunks(
    db,
    v.dossiers,
    250_000,
    (a, b) => `INSERT INTO dossiers (unit, code, procedure, received_at, due_date, status, phone_check, resolved_at)
      SELECT w.code, 'BENCH-' || i, '1.00' || (i % 9), p.at, (p.at + interval '5 days')::date, 'da-tra-ket-qua', 'x',
             p.at + (CASE WHEN p.r < 0.92 THEN 3 ELSE 8 END) * interval '1 day'
      FROM generate_series(${a}, ${b}) AS i
      JOIN bench_ward w ON w.n = i % ${WARDS}
      CROSS JOIN LATERAL (SELECT random() AS r, ${start} + (random() * ${seconds}) * interval '1 second' AS at WHERE i > 0) AS p`,
  );
  step(`${v.dossiers.toLocaleString('en')} dossiers`);

  // Contests: one a year per ward, one round, each participant submitting once.
  await db.query(`INSERT INTO contests (unit, slug, title)
    SELECT w.code, 'cuoc-thi-' || y, 'Cuộc thi tìm hiểu cải cách hành chính ' || y
    FROM bench_ward w CROSS JOIN generate_series(2024, 2026) AS y`);
  await db.query(`INSERT INTO contest_rounds (id, unit, contest, title, question_count, duration_minutes, opens_at, closes_at)
    SELECT gen_random_uuid(), unit, slug, 'Đợt 1', 10, 20, (right(slug, 4) || '-03-01')::timestamptz,
           (right(slug, 4) || '-03-31')::timestamptz
    FROM contests WHERE unit LIKE 'bench-%'`);
  await db.query(`INSERT INTO contest_participants (id, unit, contest, phone, full_name, birth_year, place, consent_at)
    SELECT gen_random_uuid(), r.unit, r.contest, '09' || lpad(k::text, 8, '0'), 'Người dự thi', 1990, 'Tổ 1', r.opens_at
    FROM contest_rounds r CROSS JOIN generate_series(1, ${v.attemptsPerContest}) AS k WHERE r.unit LIKE 'bench-%'`);
  await db.query(`INSERT INTO contest_attempts (id, unit, contest, round_id, participant_id, token_hash, questions,
      started_at, deadline, submitted_at, correct, total)
    SELECT gen_random_uuid(), r.unit, r.contest, r.id, p.id, md5(p.id::text), '[]', t.at, t.at + interval '20 minutes',
           t.at + interval '12 minutes', 7, 10
    FROM contest_participants p JOIN contest_rounds r ON r.unit = p.unit AND r.contest = p.contest
    CROSS JOIN LATERAL (SELECT r.opens_at + random() * interval '29 days' AS at) AS t
    WHERE p.unit LIKE 'bench-%'`);
  step('contests');

  // Support: three points per ward; home visits, 80 % served.
  await db.query(`INSERT INTO support_points (id, unit, name, kind, address, hours, services, phone)
    SELECT gen_random_uuid(), w.code, 'Điểm hỗ trợ ' || k, 'diem-ho-tro-24h', 'Nhà văn hóa tổ ' || k,
           '{"weekly":[]}', '[]', '0900000000'
    FROM bench_ward w CROSS JOIN generate_series(1, 3) AS k`);
  await db.query(`INSERT INTO home_visits (id, unit, receipt_code, name, phone, address, need, preferred_time, consent_at,
      status, created_at, updated_at)
    SELECT gen_random_uuid(), w.code, 'HB-' || lpad(i::text, 9, '0'), 'Người dân', '0900000000', 'Tổ 1',
           'kich-hoat-vneid', 'Sáng', p.at, CASE WHEN p.r < 0.8 THEN 'da-xong' ELSE 'moi' END, p.at,
           p.at + interval '2 days'
    FROM generate_series(1, ${v.visits}) AS i JOIN bench_ward w ON w.n = i % ${WARDS}
    CROSS JOIN LATERAL (SELECT random() AS r, ${start} + (random() * ${seconds}) * interval '1 second' AS at WHERE i > 0) AS p`);
  step('support points and home visits');

  // Statistics and the visibility map, as autovacuum would leave them, so plans are what production sees.
  await db.query('VACUUM ANALYZE');
  await db.query('UPDATE bench_province SET done = true');
  step('VACUUM ANALYZE');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openDb } = await import('../src/storage/database.js');
  const { migrate } = await import('../src/storage/migrations/index.js');
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the PostgreSQL database to seed.');
  const arg = process.argv.indexOf('--scale');
  const scale = arg > 0 ? Number(process.argv[arg + 1]) : 1;
  const db = await openDb({ databaseUrl: url });
  await migrate(db);
  console.log(`Seeding province ${PROVINCE} (${WARDS} wards, ${YEARS} years) at scale ${scale}…`);
  await seedProvince(db, scale);
  await db.close();
}
