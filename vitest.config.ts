import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // 'server-only' throws outside React Server Components; tests run the data layer directly.
      'server-only': fileURLToPath(new URL('./tests/helpers/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Integration tests run real PostgreSQL work: a fact-identity test that takes 2 s on an idle
    // 2-core machine passed 5 s (vitest's default) with the other core kept busy.
    testTimeout: 20_000,
  },
});
