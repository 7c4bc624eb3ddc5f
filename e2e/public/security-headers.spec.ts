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
