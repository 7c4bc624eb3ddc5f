// Every kind of public page at desktop and phone widths: Chinese renders, nothing overflows the
// screen, and a screenshot of each is kept for people to look at.
import { expect, test } from '@playwright/test';

const pages: Array<[string, string]> = [
  ['home', '/'],
  ['topic', '/topics/economy'],
  ['metric', '/metrics/gdp'],
  ['agreements', '/agreements'],
  ['agreements-timeline', '/agreements?view=timeline'],
  ['partner', '/partners/deyang'],
  ['organisations', '/organisations'],
  ['projects', '/projects'],
  ['project', '/projects/key-projects-2023-first-batch'],
  ['agreement', '/agreements/deyang-jiangbei-friendship-city'],
  ['source', '/sources/jiangbei-yearbook-2020'],
  ['changes', '/changes'],
];

for (const [name, path] of pages) {
  test(`${name} page reads well at desktop and phone widths`, async ({ page }) => {
    for (const [width, height, label] of [
      [1280, 900, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      await page.setViewportSize({ width, height });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${label}`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screenshots/public-${name}-${label}.png`, fullPage: true });
    }
  });
}
