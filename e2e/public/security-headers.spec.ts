import { expect, test } from '@playwright/test';

// Checklist item 18: headers on HTML, 404, admin and sign-in responses.
test('every kind of page carries the security headers', async ({ request }) => {
  for (const path of ['/', '/no-such-page', '/topics/economy', '/sign-in', '/admin']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("base-uri 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    // Exactly one policy per response: two would combine unpredictably.
    expect(csp.split('default-src').length - 1, path).toBe(1);
  }
});

test('sign-in uses a fresh nonce policy on each request, public pages a cacheable one', async ({ request }) => {
  const first = (await request.get('/sign-in')).headers()['content-security-policy'] ?? '';
  const second = (await request.get('/sign-in')).headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/;
  expect(first).toMatch(nonce);
  expect(first.match(nonce)?.[1]).not.toBe(second.match(nonce)?.[1]);
  const publicPolicy = (await request.get('/')).headers()['content-security-policy'] ?? '';
  expect(publicPolicy).not.toMatch(nonce);
});

test('public pages allow no script at all, and read fully without one (checklist 30)', async ({ page, request }) => {
  for (const path of ['/', '/topics/economy', '/metrics/gdp', '/sources/jiangbei-yearbook-2020', '/search?q=德阳']) {
    const policy = (await request.get(path)).headers()['content-security-policy'] ?? '';
    expect(policy, path).toContain("script-src 'none'");
    expect(policy, path).not.toContain("script-src 'self'");
  }
  await page.goto('/metrics/gdp');
  await expect(page.getByRole('heading', { level: 1, name: '地区生产总值' })).toBeVisible();
  await expect(
    page
      .getByRole('row', { name: /2020年/ })
      .getByRole('link', { name: /出处/ })
      .first(),
  ).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length)).toBe(1);
});

test('a page with the nonce policy still runs its scripts (sign-in form works)', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.goto('/sign-in');
  await page.getByLabel('邮箱').fill('nobody@e2e.local');
  await page.getByLabel('密码').fill('wrong password here');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('#sign-in-error')).toBeVisible();
  expect(errors).toEqual([]);
});
