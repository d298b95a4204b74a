import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    // the TLS suite generates certificates with openssl in beforeAll: slow on a loaded machine
    hookTimeout: 60_000,
  },
});
