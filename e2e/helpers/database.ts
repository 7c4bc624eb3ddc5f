import { createPrismaClient } from '@/lib/db/client';

/** The database the server under test reads (prepared by scripts/test.ts). */
export function e2eDatabase() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run Playwright through `npm run test:e2e`.');
  return createPrismaClient(url);
}
