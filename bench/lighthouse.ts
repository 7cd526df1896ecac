/**
 * Lighthouse's mobile performance score for one page, the way `npm run audit` (scripts/audit.ts)
 * runs it: its default mobile preset (emulated phone, simulated slow 4G and 4× CPU), performance
 * category only, in the same Chromium, against the bench's own server.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath, DEBIAN_CHROMIUM } from '../scripts/chromium.ts';
import type { Sample } from './measure.ts';
import { onCleanup, withTimeout } from './processes.ts';

export async function lighthousePerformance(url: string, timeoutMs: number): Promise<Sample> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? chromiumPath() ?? DEBIAN_CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const kill = () => chrome.kill();
  onCleanup(kill);
  try {
    const run = await withTimeout(
      lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      }),
      timeoutMs,
    );
    if (!run.ok)
      return { value: null, timedOut: true, note: `timeout after ${timeoutMs / 1000} s` };
    const score = run.value?.lhr.categories.performance?.score;
    if (score === null || score === undefined) {
      return { value: null, note: run.value?.lhr.runtimeError?.message ?? 'no score' };
    }
    const metric = (id: string) => run.value?.lhr.audits[id]?.numericValue ?? null;
    return {
      value: Math.round(score * 100),
      extra: {
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        speedIndexMs: metric('speed-index'),
      },
    };
  } finally {
    await withTimeout(Promise.resolve(kill()), 15_000);
  }
}
