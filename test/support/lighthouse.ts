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
