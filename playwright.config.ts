import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.ts';

// A dedicated port so a test never runs against some other app on 4173/5173.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: {
    timeout: 7_000,
    // Screenshots (e2e/visual.spec.ts) are compared with this machine's Chromium and fonts; a
    // few anti-aliased pixels may differ between runs, a layout change may not.
    toHaveScreenshot: { maxDiffPixelRatio: 0.005, animations: 'disabled', caret: 'hide' },
  },
  reporter: [['list'], ['json', { outputFile: '.tmp/reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'ar',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    // The offline worker would answer requests that specs intercept with page.route; only the
    // offline spec turns it back on.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    timeout: 60_000,
  },
});
