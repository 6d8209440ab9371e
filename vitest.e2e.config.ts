import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (dist/) in Debian's Chromium with SwiftShader, one at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // A loaded machine (SwiftShader draws on the CPU; other jobs share the cores) is slow: long
    // flows get minutes, and polls 20 s, so that only a real failure fails.
    expect: { poll: { timeout: 20_000 } },
  },
});
