/** The bench's in-page part: describe, plan and apply on the loaded form, timed, and scored against its expected file. */
import { applyFill, describeForm, planFill } from '../src/index.js';
import type { CitizenProfile } from '../src/types.js';
import { type ExpectedForm, scoreForm } from '../test/score.js';

export type BenchRun = Awaited<ReturnType<typeof run>>;

async function run(profile: CitizenProfile, expected: ExpectedForm) {
  const t0 = performance.now();
  const fields = describeForm(document);
  const t1 = performance.now();
  const plan = planFill(fields, profile);
  const t2 = performance.now();
  const report = await applyFill(plan);
  const t3 = performance.now();
  const score = scoreForm(document, expected, plan, report, profile);
  return {
    fields: fields.length,
    planned: plan.entries.length,
    describe: t1 - t0,
    plan: t2 - t1,
    apply: t3 - t2,
    right: score.right,
    total: score.fields.length,
    wronglyFilled: score.wronglyFilled,
    wronglySkipped: score.wronglySkipped,
    wrongPerson: score.wrongPerson,
    wrong: score.fields.filter((f) => f.verdict !== 'right'),
  };
}

(globalThis as unknown as { MotcuaBench: unknown }).MotcuaBench = { run };
