// pnpm bench lighthouse: Lighthouse (mobile profile, simulated throttling, headless Chromium) on every
// demo page that carries widgets; the median of three runs per page, figure by figure. Issue 10's
// budget (performance and accessibility ≥ 0.95, CLS 0) is enforced in npm test (test/e2e/lighthouse.spec.ts).
// Needs the built packages (pnpm build): the stack serves packages/*/dist.
import { loadavg } from 'node:os';
import { type Audit, audit, BUDGET, FIGURES_HEADER, figures, WIDGET_PAGES } from '../support/lighthouse.js';
import { startStack } from '../support/stack.js';

const RUNS = 3;
/** Each figure's median over the runs, taken on its own (as Lighthouse's docs compute medians). */
function median(runs: Audit[]): Audit {
  const mid = <K extends 'performance' | 'accessibility' | 'cls' | 'lcpMs' | 'tbtMs'>(k: K) =>
    runs.map((r) => r[k]).sort((x, y) => x - y)[Math.floor(runs.length / 2)]!;
  return {
    url: runs[0]!.url,
    performance: mid('performance'),
    accessibility: mid('accessibility'),
    cls: mid('cls'),
    lcpMs: mid('lcpMs'),
    tbtMs: mid('tbtMs'),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}

const stack = await startStack();
try {
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  console.log(`Lighthouse mobile, median of ${RUNS} runs (load average ${load()})`);
  console.log(FIGURES_HEADER);
  let under = 0;
  for (const { path } of WIDGET_PAGES) {
    const runs: Audit[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(stack.siteUrl + path));
    const m = median(runs);
    const ok = m.performance >= BUDGET.performance && m.accessibility >= BUDGET.accessibility && m.cls <= BUDGET.cls;
    if (!ok) under++;
    console.log(
      `${figures(path, m)}${ok ? '' : '  ← under budget'}  (perf runs ${runs.map((r) => r.performance).join(', ')})`,
    );
  }
  console.log(
    `load average at the end: ${load()}; ${under ? `${under} page(s) under budget` : 'every page within budget'}`,
  );
} finally {
  await stack.close();
}
