import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // one TypeScript program over the workspace packages' declarations: tens of seconds of CPU, more while turbo
    // runs every package's tests beside it on 2 cores (a bound for a hung run, not a speed check)
    testTimeout: 300_000,
  },
});
