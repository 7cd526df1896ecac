import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (src/, and bench/'s pure logic); Playwright specs (e2e/) must
// never be collected here.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
