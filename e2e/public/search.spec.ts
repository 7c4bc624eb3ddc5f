// Searching in Chinese from the site: grouped results with the query highlighted, a helpful page
// for an empty or unknown query, and an over-long query refused cleanly.
import { expect, test } from '@playwright/test';

test('a reader searches for 德阳 and finds the partner city, its agreements and the sources', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByRole('link', { name: '教育合作' })).toBeVisible();
  // The page's own form (the header has another search box).
  const form = page.getByRole('main').getByRole('search');
  await form.getByLabel('关键词').fill('德阳');
  await form.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\?q=%E5%BE%B7%E9%98%B3/);
  const partners = page.getByRole('region', { name: /机构与地点/ });
  await expect(partners.getByRole('link').first()).toHaveText('四川省德阳市');
  await expect(
    page
      .getByRole('region', { name: /合作协议/ })
      .locator('mark')
      .first(),
  ).toHaveText('德阳');
  await expect(page.getByRole('region', { name: /原始文件/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/public-search.png', fullPage: true });

  await page.goto('/search?q=zzqqxx');
  await expect(page.getByText('没有找到与“zzqqxx”相关的内容')).toBeVisible();
  await page.goto(`/search?q=${'很长'.repeat(80)}`);
  await expect(page.locator('.form__error')).toContainText('关键词过长');
});

test('a 1 MB query string is refused with a 4xx, not a server error', async ({ request }) => {
  const response = await request.get(`/search?q=${'a'.repeat(1024 * 1024)}`).catch((e: unknown) => e);
  if (response instanceof Error) {
    // Node's HTTP parser may close the connection after answering 431; either way nothing ran.
    expect(response.message).toMatch(/socket hang up|ECONNRESET|431/);
  } else {
    expect((response as { status(): number }).status()).toBeGreaterThanOrEqual(400);
    expect((response as { status(): number }).status()).toBeLessThan(500);
  }
});
