import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code; Playwright specs (e2e/) must never be collected here.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
