// Faults: a server whose PostgreSQL cannot be reached answers public pages with a plain Chinese
// error page (status 500, never a stack trace) and keeps serving pages that need no data.
// (bench/run.ts section 7 stops and restarts PostgreSQL under load.)
import { expect, test } from '@playwright/test';
import { findFreePort } from '../../scripts/lib/embedded-postgres';
import { startSite, type Site } from '../../scripts/lib/site';

test('public pages answer a Chinese error page, not a stack trace, while the database is unreachable', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const closedPort = await findFreePort(0);
  let site: Site | null = null;
  try {
    site = await startSite('no database', `postgresql://postgres:x@127.0.0.1:${closedPort}/none`);
    for (const path of ['/', '/topics/economy', '/search?q=德阳']) {
      const response = await fetch(site.url + path);
      const body = await response.text();
      expect(response.status, path).toBe(500);
      expect(body, path).toContain('页面暂时无法显示');
      expect(body, path).not.toMatch(/\n\s+at |ECONNREFUSED|node_modules|prisma/i);
    }
    expect((await fetch(`${site.url}/about`)).status).toBe(200);

    const page = await browser.newPage();
    await page.goto(`${site.url}/topics/economy`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面暂时无法显示');
    await page.screenshot({ path: 'test-results/screenshots/public-database-unreachable.png' });
    await page.close();
  } finally {
    await site?.stop();
  }
});
