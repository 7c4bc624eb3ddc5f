// Public pages come from the page cache, not the database, until something refreshes them: a
// publish (see review-workflow.spec.ts) or, after a change made outside the workflow, the
// token-protected refresh endpoint.
import { expect, test } from '@playwright/test';
import { e2eDatabase, refreshPublicPages } from '../helpers/database';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

test('a cached page ignores a direct database edit until the cache is refreshed', async ({ page, request }) => {
  const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'ecology' } });
  const edited = `${topic.description}（直接修改）`;
  await page.goto('/topics/ecology');
  // The second request is answered from the response kept by scripts/serve.ts, without Next.js.
  const second = await request.get('/topics/ecology');
  expect(second.headers()['x-page-cache']).toBe('hit');
  expect(await second.text()).not.toContain('<script src=');

  await db.topic.update({ where: { id: topic.id }, data: { description: edited } });
  try {
    await page.goto('/topics/ecology');
    await expect(page.locator('.lead')).toHaveText(topic.description);

    await refreshPublicPages(request);
    await page.goto('/topics/ecology');
    await expect(page.locator('.lead')).toHaveText(edited);
  } finally {
    await db.topic.update({ where: { id: topic.id }, data: { description: topic.description } });
    await refreshPublicPages(request);
  }
});

test('the refresh endpoint refuses a missing or wrong token and answers nothing else', async ({ request }) => {
  const missing = await request.post('/api/cache/refresh');
  expect(missing.status()).toBe(401);
  const wrong = await request.post('/api/cache/refresh', { headers: { authorization: 'Bearer not-the-token' } });
  expect(wrong.status()).toBe(401);
  expect(await wrong.json()).toEqual({ error: 'A valid refresh token is required.' });
  expect((await request.get('/api/cache/refresh')).status()).toBe(405);
});
