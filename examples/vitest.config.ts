import { defineConfig } from 'vitest/config';

export default defineConfig({
  // the tour starts an emulator with the demo estate in a child process: seconds on a busy machine
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
