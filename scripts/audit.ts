// `npm run audit`: Lighthouse (mobile preset) on the production build, in the same Chromium the
// browser tests use. Prints the four scores and fails when one is under its target.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath, DEBIAN_CHROMIUM } from './chromium.ts';

const PORT = Number(process.env.AUDIT_PORT ?? 4318);
const URL_TO_AUDIT = `http://127.0.0.1:${PORT}/`;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const chromePath = process.env.CHROME_PATH ?? chromiumPath() ?? DEBIAN_CHROMIUM;

if (!existsSync(chromePath)) {
  console.error(
    `No Chromium at ${chromePath}. Run npm test once (it installs Debian's chromium), or set CHROME_PATH.`,
  );
  process.exit(1);
}

// The vite binary itself (not npx), in its own process group, so stopping it stops everything.
const server = spawn(
  'node_modules/.bin/vite',
  ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore', detached: true },
);
const stop = () => {
  try {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));

// Ready when it answers; a taken port makes vite exit, which we report.
let exited = false;
server.on('exit', () => (exited = true));
const deadline = Date.now() + 30_000;
for (;;) {
  if (exited) throw new Error(`vite preview exited; is port ${PORT} taken?`);
  if (Date.now() > deadline) throw new Error('vite preview did not answer within 30 s');
  try {
    if ((await fetch(URL_TO_AUDIT)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

let failed = false;
try {
  const result = await lighthouse(URL_TO_AUDIT, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(TARGETS),
  });
  if (!result) throw new Error('Lighthouse returned no result');
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/lighthouse.json', [result.report].flat().join('\n'));
  console.log(`Lighthouse (mobile) on the production build, ${URL_TO_AUDIT}`);
  for (const [id, target] of Object.entries(TARGETS)) {
    const category = result.lhr.categories[id];
    const score = Math.round((category?.score ?? 0) * 100);
    const ok = score >= target;
    failed ||= !ok;
    console.log(
      `  ${(category?.title ?? id).padEnd(16)} ${String(score).padStart(3)}  (target ≥ ${target}) ${ok ? '✓' : '✗'}`,
    );
    if (!ok && category) {
      for (const ref of category.auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0) {
          console.log(
            `      - ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`,
          );
        }
      }
    }
  }
  console.log('Full report: .tmp/lighthouse.json');
} finally {
  await chrome.kill();
  stop();
}
process.exit(failed ? 1 : 0);
