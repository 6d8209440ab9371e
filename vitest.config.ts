import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // The 10,000-input fuzz tests take over 20 s on a 2-core machine that other jobs load.
    testTimeout: 60000,
  },
});
