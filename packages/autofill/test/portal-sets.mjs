// Which form sets test/fixtures/portal/ holds, found by their directories so a new one needs no edit: the
// development sets (dev/, dev-2/, dev-3/, …: written apart from the engine, tuned on) and the judge sets
// (independent/, independent-2/, …: never tuned on), and the red-team set (redteam/: written against the engine
// to find wrong-person fills, tuned on, scored and tested as a development set). The bench scores them all; the browser test of the
// development sets asks the dev server for the development sets' forms (the middleware below) and never
// sees a judge's.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PORTAL = join(import.meta.dirname, '../../../test/fixtures/portal');

const ORDINALS = ['', 'second ', 'third ', 'fourth ', 'fifth ', 'sixth ', 'seventh ', 'eighth ', 'ninth '];

/** The set a directory name is, with its number (1 for `dev`, 4 for `dev-4`), or undefined. */
function setOf(dir) {
  if (dir === 'redteam') return { kind: 'dev', n: 100, redteam: true };
  const m = /^(dev|independent)(?:-(\d+))?$/.exec(dir);
  return m ? { kind: m[1], n: Number(m[2] ?? 1) } : undefined;
}

/** The forms of one set (`dev-4/khai-tu-css-order`…): every page with an expected file, sorted. */
export const formsIn = (dir, portal = PORTAL) =>
  readdirSync(join(portal, dir))
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => `${dir}/${f.replace(/\.expected\.json$/, '')}`)
    .sort();

/** How the bench titles a set: "fourth development forms (written apart, tuned on)", "independent-4 forms (not tuned)". */
function titleOf(dir, { kind, n, redteam }) {
  if (redteam) return 'red-team forms (written against the engine, tuned on)';
  if (kind === 'independent') return `${dir} forms (not tuned)`;
  const ordinal = ORDINALS[n - 1] ?? `${dir} `;
  return `${ordinal}development forms (written apart, tuned on)`;
}

/**
 * Every development or judge set present (`kind` `dev` or `independent`), development sets first, each in
 * its number's order: `{ dir, kind, title, forms }`.
 */
export function portalSets(portal = PORTAL) {
  return readdirSync(portal)
    .map((dir) => ({ dir, set: setOf(dir) }))
    .filter(({ set }) => set)
    .sort((a, b) => (a.set.kind === b.set.kind ? a.set.n - b.set.n : a.set.kind === 'dev' ? -1 : 1))
    .map(({ dir, set }) => ({ dir, kind: set.kind, title: titleOf(dir, set), forms: formsIn(dir, portal) }));
}

/** Whether a form (`dev-2/x`, `independent-3/y`) is in a set written in the judges' format. */
export const inJudgesFormat = (name) => setOf(name.split('/')[0]) !== undefined;

/** Dev-server middleware: GET /__portal-sets/dev.json lists the development sets' forms (never a judge's). */
export function portalSetsMiddleware(ctx, next) {
  if (ctx.path !== '/__portal-sets/dev.json') return next();
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(
    portalSets()
      .filter((s) => s.kind === 'dev')
      .flatMap((s) => s.forms),
  );
}
