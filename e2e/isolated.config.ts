// The suite against a private copy of the build, for machines where other people rebuild dist/
// while the specs run (a rebuild empties dist/ first, and a page load then fails with a 404).
//   npx vite build --outDir .tmp/e2e-dist --emptyOutDir
//   npx playwright test -c e2e/isolated.config.ts
import { defineConfig } from '@playwright/test';
import base from '../playwright.config.ts';

const PORT = Number(process.env.E2E_ISOLATED_PORT ?? 4327);
const DIST = (process.env.E2E_DIST ??= '.tmp/e2e-dist');

export default defineConfig({
  ...base,
  testDir: '.',
  reporter: 'list',
  outputDir: '../test-results',
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
