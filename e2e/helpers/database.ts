import { expect, type APIRequestContext } from '@playwright/test';
import { createPrismaClient } from '@/lib/db/client';

/** The database the server under test reads (prepared by scripts/test.ts). */
export function e2eDatabase() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run Playwright through `npm run test:e2e`.');
  return createPrismaClient(url);
}

/**
 * Rows written straight into the database (not published through the workflow) reach cached pages
 * only after this, as after any manual fix in production.
 */
export async function refreshPublicPages(request: APIRequestContext) {
  const response = await request.post('/api/cache/refresh', {
    headers: { authorization: `Bearer ${process.env.E2E_CACHE_REFRESH_TOKEN}` },
  });
  expect(response.status()).toBe(204);
}
