// An automated accessibility check (axe-core, WCAG 2.2 A and AA rules) of every kind of public
// page at desktop width, and of the pages whose layout changes most at phone width. Any violation
// fails with its rule, its help text and where.
import { expect, test } from '@playwright/test';
import { violations } from '../helpers/axe';

/** Pages that become cards, sheets or wrapped headers on a phone are checked there too. */
const PHONE_TOO = new Set(['home', 'metric', 'project']);
// The yearbook's full text is the longest page: axe walks every cited passage of it, which took
// 29–32 s in a clean CI run on this session's slow machine, half of the default limit.
const LONG_PAGES = new Set(['source', 'source text']);

const pageTypes: Array<[string, string]> = [
  ['home', '/'],
  ['topic index', '/topics'],
  ['topic', '/topics/economy'],
  ['metric index', '/metrics'],
  ['metric', '/metrics/gdp'],
  ['metric with one value', '/metrics/market-entities-total'],
  ['metric with a conflict', '/metrics/new-market-entities'],
  ['metric history', '/metrics/gdp/history'],
  ['project list', '/projects'],
  ['project', '/projects/key-projects-2023-first-batch'],
  ['agreement list', '/agreements'],
  ['agreement timeline', '/agreements?view=timeline'],
  ['agreement', '/agreements/deyang-jiangbei-friendship-city'],
  ['partner index', '/partners'],
  ['partner', '/partners/deyang'],
  ['organisation index', '/organisations?kind=FINANCIAL_INSTITUTION'],
  ['source list', '/sources'],
  ['source', '/sources/jiangbei-yearbook-2020'],
  ['source text', '/sources/jiangbei-yearbook-2020/text'],
  ['search', '/search?q=德阳'],
  ['changes', '/changes'],
  ['about', '/about'],
  ['not found', '/metrics/no-such-metric'],
  ['embed', '/embed/metrics/gdp'],
];

for (const [name, path] of pageTypes) {
  test(`${name} page (${path}) has no accessibility violations`, async ({ page }) => {
    if (LONG_PAGES.has(name)) test.setTimeout(120_000);
    const sizes = PHONE_TOO.has(name)
      ? ([
          [1280, 900],
          [390, 844],
        ] as const)
      : ([[1280, 900]] as const);
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      expect(await violations(page), `${path} at ${width} px`).toEqual([]);
    }
  });
}

test('a citation marker’s tooltip, opened by keyboard, has no violations and stays on screen', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/');
    const marker = page.locator('.metric-card .cite__link').first();
    await marker.focus();
    const tip = page.locator('.metric-card .cite__tip:visible').first();
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(box.x, `left edge at ${width} px`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `right edge at ${width} px`).toBeLessThanOrEqual(width);
    expect(box.y, `top edge at ${width} px`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `bottom edge at ${width} px`).toBeLessThanOrEqual(844);
    expect(await violations(page)).toEqual([]);
  }
});
