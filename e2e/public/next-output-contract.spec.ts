// The contract between Next.js's HTML and the one change the public front makes to it
// (lib/http/public-html.ts, applied in scripts/lib/public-front.ts): every kind of public page
// reaches readers with no client script, no reference to Next.js's client chunks and no RSC
// payload, yet whole (header, content, footer, stylesheet, structured data); the not-found page of
// a cached route is the site's own, not Next.js's empty shell. A Next.js upgrade that changes how
// it writes scripts or error shells fails here, before any reader sees a broken page.
import { expect, test } from '@playwright/test';

const PAGES = [
  '/',
  '/topics/economy',
  '/metrics/gdp',
  '/projects?topic=finance',
  '/projects/upgraded-taikoo-li',
  '/agreements',
  '/partners/deyang',
  '/organisations?kind=FINANCIAL_INSTITUTION',
  '/sources/jiangbei-yearbook-2020',
  '/search?q=德阳',
  '/changes',
  '/about',
  '/embed/metrics/gdp',
];

function expectNoClientCode(html: string, url: string) {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(
    scripts.filter((tag) => !tag.includes('type="application/ld+json"')),
    url,
  ).toEqual([]);
  expect(html, url).not.toMatch(/\/_next\/static\/[^"']+\.js/);
  expect(html, url).not.toContain('__next_f');
  expect(html, url).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
  expect(html.trimEnd(), url).toMatch(/<\/html>$/);
}

test('public pages carry no client code and stay whole', async ({ request }) => {
  for (const url of PAGES) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    expectNoClientCode(html, url);
    if (!url.startsWith('/embed/')) {
      expect(html, url).toContain('class="site-header"');
      expect(html, url).toContain('class="site-footer"');
    }
  }
  expect(await (await request.get('/metrics/gdp')).text()).toContain('type="application/ld+json"');
});

test('an unknown slug of a cached route gets the site’s own 404 page, not an empty shell', async ({ request }) => {
  for (const url of ['/projects/no-such-project', '/metrics/no-such-metric', '/topics/no-such-topic']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    const html = await response.text();
    expect(html, url).not.toContain('__next_error__');
    expect(html, url).toContain('class="site-header"');
    expect(html, url).toContain('页面不存在');
    expectNoClientCode(html, url);
  }
});

test('a browser finds nothing missing on a public page: no script errors, no failed requests', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.url()}: ${response.status()}`);
  });
  page.on('requestfailed', (failed) => problems.push(`${failed.url()}: ${failed.failure()?.errorText}`));
  for (const url of ['/', '/metrics/gdp', '/projects?topic=finance']) {
    await page.goto(url);
    await expect(page.locator('main h1').first()).toBeVisible();
  }
  expect(problems).toEqual([]);
});
