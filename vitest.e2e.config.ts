import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (dist/) in Debian's Chromium with SwiftShader, one at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // A loaded machine (SwiftShader draws on the CPU) can take more than the default second.
    expect: { poll: { timeout: 10_000 } },
  },
});
