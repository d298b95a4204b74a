import { defineConfig } from 'vitest/config';

/**
 * The MSW examples run on msw 2 and on msw 3 (the `msw3` devDependency, `npm:msw@^3`): the second
 * project resolves `msw` to it, for the tests and for `@saymon-sdk/emulator/msw` alike.
 */
export default defineConfig({
  // the tour starts an emulator with the demo estate in a child process: seconds on a busy machine
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'examples', include: ['test/**/*.test.ts'], env: { SAYMON_TEST_MSW: 'msw' } } },
      {
        extends: true,
        resolve: { alias: [{ find: /^msw(\/.*)?$/, replacement: 'msw3$1' }] },
        test: { name: 'msw 3', include: ['test/msw-*.test.ts'], env: { SAYMON_TEST_MSW: 'msw3' } },
      },
    ],
  },
});
