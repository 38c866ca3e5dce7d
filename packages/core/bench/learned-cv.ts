// pnpm bench search --learned-cv: "asked as" measured honestly, leave-one-set-out. For each development
// set X, the words are learnt from all the other development sets and X is scored with the field on and
// off; the weight and caps are chosen on these held-out figures only (the mean gain in hit@1 over the
// held-out sets). The judge sets (queries-independent*.json) are neither learnt from nor scored here.
import { loadavg } from 'node:os';
import { createProcedureIndex } from '../src/index.js';
import { INTENTS } from '../src/search/intents-data.js';
import type { LearningQuery } from '../src/search/learned.js';
import { understandIntents } from '../src/search/understand.js';
import type { LearnedWords } from '../src/search/types.js';
import { catalogue, DEV_SETS, learnFrom, loadSet, SHIPPED } from '../scripts/learning-sets.js';

const intents = understandIntents(INTENTS);
const sets = DEV_SETS.map((s) => ({ name: s.name, queries: loadSet(s.url) }));

/** hit@1, hit@5 and MRR of a set on the shipped catalogue, with these learnt words and weight (0: off). */
function score(queries: LearningQuery[], learned: LearnedWords, learnedWeight: number) {
  const index = createProcedureIndex(catalogue, { intents, learned, learnedWeight });
  let hit1 = 0;
  let hit5 = 0;
  let rr = 0;
  for (const { q, codes } of queries) {
    const found = index.search(q, { limit: 5 }).map((h) => h.procedure.code);
    const ranks = codes.map((c) => found.indexOf(c)).filter((r) => r >= 0);
    const rank = ranks.length ? Math.min(...ranks) : -1;
    if (rank === 0) hit1++;
    if (rank >= 0) {
      hit5++;
      rr += 1 / (rank + 1);
    }
  }
  const n = queries.length;
  return { hit1: hit1 / n, hit5: hit5 / n, mrr: rr / n };
}

console.log(`leave-one-set-out over ${sets.map((s) => `${s.name} (${s.queries.length})`).join(', ')}`);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);
const off = sets.map((s) => score(s.queries, {}, 0));
const weights = [0.5, 1, 1.5, 2, 3];
const caps = [
  { cap: 8, minQueries: 1 },
  { cap: 16, minQueries: 1 },
  { cap: 24, minQueries: 1 },
  { cap: 40, minQueries: 1 },
  { cap: 24, minQueries: 2 },
  { cap: 40, minQueries: 2 },
];
const f = (x: number) => x.toFixed(3);
console.log(`| cap | min queries | weight | ${sets.map((s) => `${s.name} hit@1`).join(' | ')} | mean gain |`);
console.log(`|---|---|---|${sets.map(() => '---').join('|')}|---|`);
console.log(`| off | | | ${off.map((o) => f(o.hit1)).join(' | ')} | |`);
let bestRow = { gain: -1, label: '' };
for (const c of caps) {
  const learnt = sets.map((_, i) =>
    learnFrom(
      sets.flatMap((s, j) => (j === i ? [] : s.queries)),
      c,
    ),
  );
  for (const w of weights) {
    const on = sets.map((s, i) => score(s.queries, learnt[i]!, w));
    const gain = on.reduce((g, o, i) => g + o.hit1 - off[i]!.hit1, 0) / sets.length;
    const label = `cap ${c.cap}, min ${c.minQueries}, weight ${w}`;
    if (gain > bestRow.gain) bestRow = { gain, label };
    console.log(
      `| ${c.cap} | ${c.minQueries} | ${w} | ${on.map((o) => f(o.hit1)).join(' | ')} | ${gain >= 0 ? '+' : ''}${f(gain)} |`,
    );
  }
}
console.log(
  `\nbest on the held-out sets: ${bestRow.label} (mean hit@1 gain ${f(bestRow.gain)}); shipped: cap ${SHIPPED.cap}, min ${SHIPPED.minQueries}`,
);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
