// The development query sets "asked as" is learnt from (README: src/search/README.md, "Asked as"), read
// into one shape, and the learning over some of them: used by learn-asked-as.ts (the shipped data, from
// all of them) and by the search bench's --learned-cv (each held out in turn). The judge sets
// (queries-independent*.json) are not among them and are never read here.
import { readFileSync } from 'node:fs';
import type { LearnedWords, Procedure } from '../src/index.js';
import { INTENTS } from '../src/search/intents-data.js';
import { type LearningQuery, learnAskedAs, queryReader } from '../src/search/learned.js';
import { foldWords } from '../src/search/words.js';

const fixtures = new URL('../../../test/fixtures/search/', import.meta.url);

/** Each development set by name, with where it is. */
export const DEV_SETS: { name: string; url: URL }[] = [
  { name: 'tuned', url: new URL('../data/queries.json', import.meta.url) },
  ...['dev', 'dev-2', 'dev-3', 'dev-4'].map((name) => ({ name, url: new URL(`queries-${name}.json`, fixtures) })),
];

/** A set's queries, whichever of the two formats it has (the tuned set's `{ query, expect }`). */
export function loadSet(url: URL): LearningQuery[] {
  const raw: ({ q: string; codes: string[] } | { query: string; expect: string })[] = JSON.parse(
    readFileSync(url, 'utf8'),
  );
  return raw.map((x) => ('q' in x ? x : { q: x.query, codes: [x.expect] }));
}

export const catalogue: Procedure[] = JSON.parse(
  readFileSync(new URL('../data/procedures.json', import.meta.url), 'utf8'),
);

/** The caps the shipped data is learnt with, chosen on the held-out figures (`pnpm bench search --learned-cv`). */
export const SHIPPED = { cap: 24, minQueries: 1 };

/** Per code, the folded words of its name and keywords: a learnt word there would add nothing. */
const held = new Map(
  catalogue.map((p) => [p.code, new Set([p.name, ...(p.keywords ?? [])].flatMap((t) => foldWords(t)))]),
);
const reader = queryReader(INTENTS);

/** "Asked as" learnt from these queries. */
export const learnFrom = (
  queries: LearningQuery[],
  caps: { cap: number; minQueries: number } = SHIPPED,
): LearnedWords => learnAskedAs(queries, reader, { ...caps, holds: (code, w) => held.get(code)?.has(w) ?? false });
