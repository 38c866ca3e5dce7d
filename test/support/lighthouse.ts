// Lighthouse (mobile profile, simulated throttling) on a page in Debian's Chromium: the scores and the
// layout-shift figure that issue 10 budgets. One fresh headless browser per audit, as Lighthouse expects.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, executablePath } from '../../scripts/lib/chromium.mjs';

export interface Audit {
  url: string;
  performance: number;
  accessibility: number;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  /** Accessibility audits that failed, by id. */
  failing: string[];
}

export async function audit(url: string): Promise<Audit> {
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits } = result.lhr;
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    const failing = Object.values(categories.accessibility?.auditRefs ?? [])
      .map((ref) => audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a!.id);
    return {
      url,
      performance: categories.performance?.score ?? 0,
      accessibility: categories.accessibility?.score ?? 0,
      cls: Number(audits['cumulative-layout-shift']?.numericValue ?? Number.NaN),
      lcpMs: Number(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
      tbtMs: Number(audits['total-blocking-time']?.numericValue ?? Number.NaN),
      failing,
    };
  } finally {
    await chrome.kill();
  }
}

/** The demo site's pages that carry widgets, with what is on them (issue 10 budgets each). */
export const WIDGET_PAGES: { path: string; what: string }[] = [
  { path: '/', what: 'campaign banner' },
  { path: '/thu-tuc', what: 'procedure search' },
  { path: '/danh-gia', what: 'rating, survey, results' },
  { path: '/gop-y', what: 'feedback box' },
  { path: '/tra-cuu-phan-anh', what: 'feedback lookup' },
  { path: '/kiosk', what: 'satisfaction kiosk' },
  { path: '/nhung-tien-ich', what: 'embed builder, live preview' },
  { path: '/ho-tro', what: 'support points, home-visit request' },
  { path: '/cuoc-thi', what: 'online contest' },
  { path: '/tra-cuu-ho-so', what: 'dossier status lookup' },
];

/** Issue 10's budget: Lighthouse mobile performance and accessibility at least 0.95, no layout shift. */
export const BUDGET = { performance: 0.95, accessibility: 0.95, cls: 0 };

/** One line of figures for a page, as the spec and the bench print them. */
export function figures(path: string, a: Audit): string {
  return [
    path.padEnd(18),
    a.performance.toFixed(2).padStart(5),
    a.accessibility.toFixed(2).padStart(5),
    a.cls.toFixed(4).padStart(7),
    `${Math.round(a.lcpMs)} ms`.padStart(9),
    `${Math.round(a.tbtMs)} ms`.padStart(8),
  ].join(' | ');
}

export const FIGURES_HEADER = `${'page'.padEnd(18)} | perf  | a11y  |   CLS   |    LCP    |   TBT   `;
