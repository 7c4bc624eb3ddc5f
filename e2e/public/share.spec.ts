// Share and reuse: a metric's chart as SVG and PNG files, the embeddable chart page that other
// sites may frame (and only it), and the share images (og:image) of metric, topic and home pages.
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cache-control';

const shots = 'test-results/screenshots';

test.beforeAll(async () => {
  await mkdir(shots, { recursive: true });
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function chartValues(page: Page): Promise<string[]> {
  await page.goto('/metrics/gdp');
  return page.locator('.chart .chart__value').allTextContents();
}

test('the chart downloads as an SVG file with its title, every plotted value and its source', async ({
  page,
  request,
}) => {
  const values = await chartValues(page);
  expect(values.length).toBeGreaterThanOrEqual(3);
  const response = await request.get('/metrics/gdp/chart.svg');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(response.headers()['content-disposition']).toBe('attachment; filename="metric-gdp-chart.svg"');
  const svg = await response.text();
  await writeFile(`${shots}/share-chart.svg`, svg);
  expect(svg).toContain('<title>地区生产总值</title>');
  expect(svg).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
  expect(svg).toMatch(/来源：江北数据 https?:\/\/[^<]+\/metrics\/gdp</);
  for (const value of values) expect(svg).toContain(`>${value}</text>`);
  // A standalone file: well-formed XML, styled without the page's stylesheet or its variables.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      style: doc.querySelector('style')?.textContent,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.style).toContain('.chart__line');
  expect(parsed.style).not.toContain('var(--');
  // How the file looks in a browser, for people to check.
  await page.setViewportSize({ width: 760, height: 460 });
  await page.setContent(`<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
  await page.screenshot({ path: `${shots}/share-chart-svg-in-browser.png` });

  expect((await request.get('/metrics/no-such-metric/chart.svg')).status()).toBe(404);
});

test('the chart downloads as a PNG drawn on the server', async ({ request }) => {
  const response = await request.get('/metrics/gdp/chart.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['content-disposition']).toBe('attachment; filename="metric-gdp-chart.png"');
  const bytes = await response.body();
  await writeFile(`${shots}/share-chart.png`, bytes);
  const { width, height } = pngSize(bytes);
  // Twice the SVG's size, for sharp text; a chart is wider than tall.
  expect(width).toBeGreaterThanOrEqual(1200);
  expect(height).toBeGreaterThan(width * 0.4);
  expect(height).toBeLessThan(width * 0.8);
  // Drawn once, then served from the server's kept responses until a publish refreshes them.
  const again = await request.get('/metrics/gdp/chart.png');
  expect(again.headers()['x-page-cache']).toBe('hit');
  expect(Buffer.compare(await again.body(), bytes)).toBe(0);
});

test('the metric page offers the chart files and the embed code, at desktop and phone widths', async ({ page }) => {
  for (const [width, label] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/metrics/gdp');
    const downloads = page.locator('.chart-share .download-links');
    await expect(downloads).toContainText('下载图表：SVG · PNG');
    await expect(downloads.getByRole('link', { name: 'SVG' })).toHaveAttribute('href', '/metrics/gdp/chart.svg');
    await expect(downloads.getByRole('link', { name: 'PNG' })).toHaveAttribute('href', '/metrics/gdp/chart.png');
    const code = page.getByRole('textbox', { name: '嵌入代码' });
    await expect(code).toBeHidden();
    await page.getByText('嵌入此图表').click();
    await expect(code).toBeVisible();
    await expect(code).toHaveJSProperty('readOnly', true);
    expect(await code.inputValue()).toMatch(
      /^<iframe src="https?:\/\/[^"]+\/embed\/metrics\/gdp" title="地区生产总值 · 江北数据" [^>]*><\/iframe>$/,
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, label).toBeLessThanOrEqual(0);
    await page.locator('.chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/share-metric-${label}.png`, fullPage: true });
  }
});

const frameHeaders = (response: APIResponse) => ({
  xFrameOptions: response.headers()['x-frame-options'],
  csp: response.headers()['content-security-policy'] ?? '',
});

test('the embed page shows the chart without the site around it, and only it may be framed', async ({
  page,
  request,
}) => {
  const embed = frameHeaders(await request.get('/embed/metrics/gdp'));
  expect(embed.xFrameOptions).toBeUndefined();
  expect(embed.csp).toContain('frame-ancestors *');
  expect(embed.csp).toContain("script-src 'none'");
  expect(embed.csp.split('default-src').length - 1).toBe(1);
  const full = frameHeaders(await request.get('/metrics/gdp'));
  expect(full.xFrameOptions).toBe('DENY');
  expect(full.csp).toContain("frame-ancestors 'none'");
  for (const path of ['/embed', '/embedded', '/metrics/gdp/chart.svg']) {
    expect(frameHeaders(await request.get(path)).xFrameOptions, path).toBe('DENY');
  }

  await page.setViewportSize({ width: 640, height: 600 });
  await page.goto('/embed/metrics/gdp');
  await expect(page.getByRole('heading', { level: 1, name: '地区生产总值' })).toBeVisible();
  await expect(page.locator('.chart svg')).toBeVisible();
  await expect(page.locator('.embed-chart__latest .figure')).toHaveText(/亿元$/);
  await expect(page.locator('header, nav, footer, .site-header')).toHaveCount(0);
  const source = page.getByRole('link', { name: '数据来源：江北数据' });
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAttribute('href', /\/metrics\/gdp$/);
  await page.screenshot({ path: `${shots}/share-embed.png`, fullPage: true });
});

test('a page on another site can frame the embed page but not the metric page', async ({ page, baseURL }) => {
  // Another origin: a server of the test's own on another port (a public site's page would need
  // Chrome's Local Network Access permission to frame this server on the reader's machine).
  const html =
    `<!doctype html><meta charset="utf-8"><h1>别的网站</h1>` +
    `<iframe id="embed" src="${baseURL}/embed/metrics/gdp" width="640" height="480"></iframe>` +
    `<iframe id="full" src="${baseURL}/metrics/gdp" width="640" height="200"></iframe>`;
  const otherSite = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  try {
    await page.setViewportSize({ width: 700, height: 800 });
    await page.goto(`http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/article`);
    await expect(page.frameLocator('#embed').getByRole('heading', { name: '地区生产总值' })).toBeVisible();
    await expect(page.frameLocator('#embed').locator('.chart svg')).toBeVisible();
    // The refused frame shows the browser's error page, never the site's content.
    await expect(page.frameLocator('#full').locator('body')).not.toContainText('地区生产总值');
    await page.screenshot({ path: `${shots}/share-framed-elsewhere.png` });
  } finally {
    otherSite.close();
  }
});

async function shareImage(page: Page, request: Page['request'], path: string, name: string) {
  await page.goto(path);
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
  const image = await meta('meta[property="og:image"]');
  expect(image, path).toBeTruthy();
  expect(await meta('meta[property="og:image:width"]')).toBe('1200');
  expect(await meta('meta[property="og:image:height"]')).toBe('630');
  expect(await meta('meta[name="twitter:image"]')).toBe(image);
  const url = new URL(image!);
  const response = await request.get(url.pathname + url.search);
  expect(response.status(), image!).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  // Cached like the pages, not rendered afresh for every crawler.
  expect(response.headers()['cache-control'], image!).toBe(PUBLIC_CACHE_CONTROL);
  expect((await request.get(url.pathname + url.search)).headers()['x-page-cache'], image!).toBe('hit');
  const bytes = await response.body();
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  await writeFile(`${shots}/share-og-${name}.png`, bytes);
  return url.pathname;
}

test('metric, topic and home pages name a 1200×630 share image of their own', async ({ page }) => {
  const metric = await shareImage(page, page.request, '/metrics/gdp', 'metric');
  const topic = await shareImage(page, page.request, '/topics/economy', 'topic');
  const home = await shareImage(page, page.request, '/', 'home');
  expect(metric).toMatch(/^\/metrics\/gdp\/opengraph-image/);
  expect(topic).toMatch(/^\/topics\/economy\/opengraph-image/);
  expect(home).toMatch(/^\/opengraph-image/);
});
