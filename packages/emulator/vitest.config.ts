import { defineConfig } from 'vitest/config';

/**
 * The `/msw` handlers support msw 2 and msw 3 (the peer range): their tests run a second time with
 * `msw` resolved to the `msw3` devDependency (`npm:msw@^3`), for the handlers and for the tests alike.
 */
const MSW_TESTS = ['src/msw/**/*.test.ts', 'test/msw*.test.ts', 'test/hostile/msw.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'emulator',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          env: { SAYMON_TEST_MSW_MAJOR: '2' },
        },
      },
      {
        extends: true,
        resolve: { alias: [{ find: /^msw(\/.*)?$/, replacement: 'msw3$1' }] },
        test: { name: 'msw 3', include: MSW_TESTS, env: { SAYMON_TEST_MSW_MAJOR: '3' } },
      },
    ],
  },
});
