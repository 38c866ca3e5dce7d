// pnpm bench search: the procedure search engine against Fuse.js and MiniSearch, side by side in one run,
// on the shipped catalogue and query set (hit@1, hit@5, MRR, query time, build time), then the same
// timings on a 10,000-procedure catalogue made by repeating and varying the real one.
// Targets (issue #3): hit@1 ≥ 0.90 and ahead of both; p99 ≤ 2 ms per query and build ≤ 200 ms at 10,000.
// Last, a cold start: a new process that builds the real index and runs each query once with nothing
// warmed (the JIT included), as a citizen's first keystrokes on a freshly loaded page.
// `--engines motcua` (a comma list of names or their starts: `motcua` is both motcua rows) runs only those
// engines: the peers' scores do not depend on the machine's load, but Fuse.js at 10,000 takes most of a run,
// so a quiet window can be spent on motcua's timings alone.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { type LearnedWords, type Procedure, createProcedureIndex, foldVietnamese } from '../src/index.js';
import { INTENTS } from '../src/search/intents-data.js';
import { understandIntents } from '../src/search/understand.js';
import { LEARNED } from '../src/search/learned-data.js';

// `--learned-cv`: the held-out figures of "asked as" (learned-cv.ts) instead of the comparison below.
if (process.argv.includes('--learned-cv')) {
  await import('./learned-cv.js');
  process.exit(0);
}

const catalogue: Procedure[] = JSON.parse(readFileSync(new URL('../data/procedures.json', import.meta.url), 'utf8'));
const queries: { query: string; expect: string }[] = JSON.parse(
  readFileSync(new URL('../data/queries.json', import.meta.url), 'utf8'),
);

interface Engine {
  name: string;
  build(procs: Procedure[]): (q: string) => string[];
}

const allEngines: Engine[] = [
  {
    name: 'motcua',
    build(procs) {
      // With what citizens mean (data/curated/intents.json) and the words they used ("asked as",
      // learned-data.ts, learnt from the development sets only), as the widget builds it.
      const index = createProcedureIndex(procs, { intents: understandIntents(INTENTS), learned: learnedFor(procs) });
      return (q) => index.search(q, { limit: 5 }).map((h) => h.procedure.code);
    },
  },
  {
    // The same without "asked as": the engine as tuned (its development-set scores are not training scores).
    name: 'motcua, asked as off',
    build(procs) {
      const index = createProcedureIndex(procs, { intents: understandIntents(INTENTS) });
      return (q) => index.search(q, { limit: 5 }).map((h) => h.procedure.code);
    },
  },
  {
    name: 'MiniSearch',
    build(procs) {
      const ms = new MiniSearch<Procedure & { id: string }>({
        idField: 'code',
        fields: ['name', 'keywordText', 'field', 'result'],
        extractField: (doc, f) =>
          f === 'keywordText' ? (doc.keywords ?? []).join(' ') : ((doc as unknown as Record<string, string>)[f] ?? ''),
        processTerm: (term) => foldVietnamese(term) || null,
        searchOptions: { fuzzy: 0.2, prefix: true, boost: { name: 4, keywordText: 3, field: 1.5 } },
      });
      ms.addAll(procs as (Procedure & { id: string })[]);
      return (q) =>
        ms
          .search(q)
          .slice(0, 5)
          .map((r) => String(r.id));
    },
  },
  {
    name: 'Fuse.js',
    build(procs) {
      const fuse = new Fuse(procs, { keys: ['name', 'keywords'] });
      return (q) => fuse.search(q, { limit: 5 }).map((r) => r.item.code);
    },
  },
];
const enginesArg = process.argv[process.argv.indexOf('--engines') + 1];
const engines = process.argv.includes('--engines')
  ? allEngines.filter((e) =>
      (enginesArg ?? '')
        .toLowerCase()
        .split(',')
        .some((name) => name && e.name.toLowerCase().startsWith(name)),
    )
  : allEngines;

/**
 * The shipped "asked as" words for a catalogue, the 10,000 one's copies (`code#n`) with their original's
 * (the same object, as a catalogue's own would be); worked out once per catalogue (in the first of the three timed builds, which the best of three leaves out).
 */
const learnedOf = new WeakMap<Procedure[], LearnedWords>();
const learnedFor = (procs: Procedure[]) => {
  let learned = learnedOf.get(procs);
  if (!learned) {
    learned = Object.fromEntries(procs.map((p) => [p.code, LEARNED[p.code.split('#')[0]!] ?? {}]));
    learnedOf.set(procs, learned);
  }
  return learned;
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const ms = (n: number) => `${n.toFixed(n < 1 ? 3 : 1)} ms`;

/**
 * Best of three builds (the machine is shared: the minimum is the figure least disturbed by others).
 * The JIT is warmed first on two other indexes of the real catalogue, the whole query set on each, so
 * the timed passes measure the engine and its fresh per-index caches, not V8 compiling code paths (the
 * cold start below measures that). Two, because V8 first optimises an index's search functions for that
 * one index's closures and re-optimises them once a second index exists: with one warm-up index the
 * timed pass paid for that re-optimisation (single queries of about 4 ms, a different one each run).
 */
function timeBuild(engine: Engine, procs: Procedure[]) {
  // Warm-up indexes of the real catalogue even for the 10,000 run: the JIT needs the code paths, not
  // the size, and two 10,000-record indexes of garbage would slow the timed builds with collections.
  for (let round = 0; round < 2; round++) {
    const warm = engine.build(catalogue);
    for (const { query } of queries) warm(query);
  }
  const timed = () => {
    const t0 = performance.now();
    return { search: engine.build(procs), ms: performance.now() - t0 };
  };
  let { search, ms: best } = timed();
  for (let i = 1; i < 3; i++) {
    const next = timed();
    search = next.search;
    best = Math.min(best, next.ms);
  }
  return { search, build: best };
}

/**
 * Each query once on a freshly built index, so per-index caches (motcua keeps the expansions of words it
 * has seen) give no head start; the JIT was warmed on another index.
 */
function timeQueries(search: (q: string) => string[]) {
  const times: number[] = [];
  for (const { query } of queries) {
    const t = performance.now();
    search(query);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

/** 10,000 procedures: the real ones repeated, each copy with its own code and a varied name and keywords. */
function bigCatalogue(size: number): Procedure[] {
  const places = ['phường Bàn Thạch', 'xã Tam Xuân', 'phường Hội An', 'xã Đại Lộc', 'phường Hòa Khánh', 'xã Núi Thành'];
  const out: Procedure[] = [];
  for (let i = 0; out.length < size; i++) {
    const p = catalogue[i % catalogue.length]!;
    const copy = Math.floor(i / catalogue.length);
    out.push(
      copy === 0
        ? p
        : {
            ...p,
            code: `${p.code}#${copy}`,
            name: `${p.name} (${places[copy % places.length]}, bản ${copy})`,
            keywords: (p.keywords ?? []).map((k) => `${k} ${copy}`),
          },
    );
  }
  return out;
}

// The cold start, run in a child process (`--cold`): motcua only, nothing warmed, one pass.
if (process.argv.includes('--cold')) {
  const t0 = performance.now();
  const search = engines[0]!.build(catalogue);
  const build = performance.now() - t0;
  console.log(JSON.stringify({ build, ...timeQueries(search) }));
  process.exit(0);
}

console.log(`catalogue: ${catalogue.length} procedures; query set: ${queries.length} queries`);
console.log(
  `machine: ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
const rows: string[][] = [];
for (const engine of engines) {
  const { search, build } = timeBuild(engine, catalogue);
  const t = timeQueries(search);
  const again = timeQueries(search);
  let hit1 = 0;
  let hit5 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const { query, expect } of queries) {
    const rank = search(query).indexOf(expect);
    if (rank === 0) hit1++;
    else misses.push(query);
    if (rank >= 0 && rank < 5) {
      hit5++;
      rr += 1 / (rank + 1);
    }
  }
  rows.push([
    engine.name,
    (hit1 / queries.length).toFixed(3),
    (hit5 / queries.length).toFixed(3),
    (rr / queries.length).toFixed(3),
    ms(t.median),
    ms(t.p99),
    ms(again.median),
    ms(again.p99),
    ms(build),
  ]);
  if (process.env.BENCH_VERBOSE) console.log(engine.name, 'misses:', misses.join(' · '));
}
const table = (head: string[], body: string[][]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n'));
};
table(['engine', 'hit@1', 'hit@5', 'MRR', 'median 1st', 'p99 1st', 'median again', 'p99 again', 'build'], rows);
console.log('(1st: each query once on a fresh index; again: the same queries a second time, as when typing on)');

// Query sets written apart from the engine, each from the portal's records and a description of the ward's
// citizens, by an engineer who never saw the engine or the tuned set. Every `queries-independent*.json` and
// `queries-dev*.json` in test/fixtures/search/ is scored, judges first, each set in the order of its number
// (a new set appears here without an edit to this file); its README-*.md says who wrote it and how:
// - the independent sets (README.md, README-independent-N.md): judges, never tuned on;
// - the development sets (README-dev*.md): written the same way, and tuned on once their arrival score was
//   recorded (packages/core/src/search/README.md); "asked as" is learnt from them, so motcua's score on them
//   is a training score, and "motcua, asked as off" is the one tuned on.
const fixtureDir = new URL('../../../test/fixtures/search/', import.meta.url);
const ORDINALS = ['', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];
const sets = readdirSync(fixtureDir)
  .map((file) => /^queries-(independent|dev)(?:-(\d+))?\.json$/.exec(file))
  .filter((m) => m !== null)
  .map((m) => ({ file: m[0], judge: m[1] === 'independent', n: Number(m[2] ?? 1) }))
  .sort((a, b) => Number(b.judge) - Number(a.judge) || a.n - b.n)
  .map(({ file, judge, n }) => {
    const ordinal = ORDINALS[n - 1] ?? `${n}th`;
    const title = judge
      ? n === 1
        ? 'Independent query set (the judge: never used for tuning)'
        : `${ordinal} independent set (a judge, written by another engineer: never used for tuning)`
      : n === 1
        ? 'Development query set (written apart from the engine; tuned on)'
        : `${ordinal} development set (written apart, tuned on)`;
    return { file, title };
  });
const inCatalogue = new Set(catalogue.map((p) => p.code));
for (const { file, title } of sets) {
  const set: { q: string; codes: string[] }[] = JSON.parse(readFileSync(new URL(file, fixtureDir), 'utf8'));
  const answerable = set.filter((x) => x.codes.some((c) => inCatalogue.has(c)));
  console.log(`\n${title}: ${set.length} queries, ${answerable.length} whose answer is in the shipped catalogue:\n`);
  const setRows: string[][] = [];
  for (const engine of engines) {
    const { search } = timeBuild(engine, catalogue);
    const scoreOf = (queries: typeof set) => {
      let hit1 = 0;
      let hit5 = 0;
      let rr = 0;
      for (const { q, codes } of queries) {
        const found = search(q);
        const ranks = codes.map((c) => found.indexOf(c)).filter((r) => r >= 0);
        const rank = ranks.length ? Math.min(...ranks) : -1;
        if (rank === 0) hit1++;
        if (rank >= 0 && rank < 5) {
          hit5++;
          rr += 1 / (rank + 1);
        }
      }
      return [hit1, hit5, rr].map((x) => (x / queries.length).toFixed(3));
    };
    setRows.push([engine.name, ...scoreOf(set), ...scoreOf(answerable)]);
  }
  table(
    ['engine', 'hit@1 all', 'hit@5 all', 'MRR all', 'hit@1 answerable', 'hit@5 answerable', 'MRR answerable'],
    setRows,
  );
}
console.log('(the first table is the tuned set, written alongside the engine; the sets above were written apart)');

const big = bigCatalogue(10_000);
console.log(`\n10,000-procedure catalogue (the real one repeated and varied):\n`);
const bigRows: string[][] = [];
for (const engine of engines) {
  const { search, build } = timeBuild(engine, big);
  const t = timeQueries(search);
  const again = timeQueries(search);
  bigRows.push([engine.name, ms(t.median), ms(t.p99), ms(again.median), ms(again.p99), ms(build)]);
}
table(['engine', 'median 1st', 'p99 1st', 'median again', 'p99 again', 'build'], bigRows);

const COLD_RUNS = 5;
console.log(`\nCold start, real catalogue (motcua, ${COLD_RUNS} new processes, nothing warmed, each query once):\n`);
const coldRows: string[][] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--cold'], {
    encoding: 'utf8',
  });
  const r = JSON.parse(out.trim().split('\n').pop() as string) as { build: number; median: number; p99: number };
  coldRows.push([String(i + 1), ms(r.build), ms(r.median), ms(r.p99)]);
}
table(['run', 'build', 'median', 'p99'], coldRows);
