// The reader's figures: each marker beside the number its quote states, cards with the quotes
// written out on a phone, other sources' values drawn apart, and pages worth landing on.
import { expect, test, type Locator, type Page } from '@playwright/test';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

/** The observation table's row of a period (its quotes may name other periods). */
const yearRow = (page: Page, label: string) =>
  page.locator('.observation-table tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${label}`) }) });

/** The quote texts of the citation markers inside a cell. */
async function quotesIn(cell: Locator): Promise<string[]> {
  return cell.locator('.cite__tip q').allTextContents();
}

test('a marker beside a number leads to a quote with that number', async ({ page }) => {
  await page.goto('/metrics/gdp');
  const row = yearRow(page, '2020年');
  const valueQuotes = await quotesIn(row.locator('td[data-label="数值"]'));
  const growthQuotes = await quotesIn(row.locator('td[data-label="增速"]'));
  expect(valueQuotes.length).toBeGreaterThan(0);
  for (const quote of valueQuotes) expect(quote).toContain('1325');
  expect(growthQuotes.length).toBeGreaterThan(0);
  for (const quote of growthQuotes) expect(quote).toContain('3.9%');

  // The source page names the figure a growth quote supports, not the row's value.
  const growthMarker = row.locator('td[data-label="增速"] .cite__link').first();
  const href = await growthMarker.getAttribute('href');
  await page.goto(href!);
  await expect(page.locator('.cited-by li', { hasText: '增速 增长3.9%' }).first()).toBeVisible();
});

test('a metric page opens with its latest figure, the quote and related metrics', async ({ page }) => {
  await page.goto('/metrics/market-entities-total');
  const headline = page.locator('.headline-figure');
  await expect(headline.locator('.figure')).toHaveText('超10万户');
  await expect(headline.locator('blockquote')).toContainText('总量突破10万户');
  await expect(page.getByRole('heading', { name: '同专题的其他指标' })).toBeVisible();
  await expect(page.locator('.related-links a').first()).toHaveAttribute('href', /^\/metrics\//);
  await shot(page, 'metric-single-value');
});

test('values from different sources for one period are drawn apart and named', async ({ page }) => {
  await page.goto('/metrics/new-market-entities');
  // One point on the line for 2020, the other source's value as its own marker, and no line joins them.
  await expect(page.locator('.chart .chart__point--alternate')).toHaveCount(1);
  await expect(page.locator('.chart .chart__point--preferred, .chart .chart__point--reported')).not.toHaveCount(0);
  await expect(page.locator('.chart__legend')).toContainText('来源不一');
  await expect(page.locator('.headline-figure__conflict')).toContainText('另有来源给出不同数值');
  await expect(page.locator('.observation-table .badge--conflict')).toHaveCount(2);
  const paths = await page
    .locator('.chart path.chart__line')
    .evaluateAll((els) => els.map((el) => el.getAttribute('d')));
  for (const d of paths) {
    const xs = [...(d ?? '').matchAll(/[ML]([\d.]+),/g)].map((m) => m[1]);
    expect(new Set(xs).size, `a line through two values of one period: ${d}`).toBe(xs.length);
  }
  await shot(page, 'metric-discrepancy');

  // The topic card names the conflict too.
  await page.goto('/topics/economy');
  const card = page.locator('.metric-card', { hasText: '新增市场主体' });
  await expect(card.locator('.badge--conflict')).toHaveText('来源不一');
});

test('project and agreement facts carry their markers, headings carry none, each beside what its quote states', async ({
  page,
}) => {
  await page.goto('/projects/key-projects-2023-first-batch');
  await expect(page.getByRole('heading', { level: 1 }).locator('a')).toHaveCount(0);
  const investment = page.locator('.facts__row', { hasText: '投资额' });
  await expect(investment.locator('.cite__link')).not.toHaveCount(0);
  for (const quote of await quotesIn(investment)) expect(quote).toContain('302.5');
  await shot(page, 'project-facts');

  await page.goto('/agreements/deyang-jiangbei-friendship-city');
  await expect(page.getByRole('heading', { level: 1 }).locator('a')).toHaveCount(0);
  await expect(page.locator('.facts__row', { hasText: '签订日期' }).locator('.cite__link')).not.toHaveCount(0);

  // Every quote supports the summary; only one that states the signing day sits by the date too,
  // not the yearbook's summing-up, which names no date.
  await page.goto('/agreements/bazhong-jiangbei-youth-development');
  const dated = await quotesIn(page.locator('.facts__row', { hasText: '签订日期' }));
  expect(dated.length).toBeGreaterThan(0);
  for (const quote of dated) expect(quote).toContain('9月10日');
  const summary = await quotesIn(page.locator('.lead'));
  expect(summary).toHaveLength(2);
  expect(summary.filter((quote) => quote.includes('人才及青年发展合作协议'))).toHaveLength(1);
  await shot(page, 'agreement-facts');
});

test('documents that disagree about a project are shown side by side, each quote leading to its passage', async ({
  page,
}) => {
  await page.goto('/projects/upgraded-taikoo-li');
  const discrepancy = page.locator('.discrepancy');
  await expect(discrepancy).toHaveCount(1);
  await expect(discrepancy).toContainText('进展');
  const sides = discrepancy.locator('.discrepancy__side');
  await expect(sides).toHaveCount(3);
  await expect(sides.nth(0)).toContainText('取得实质进展');
  await expect(sides.nth(1)).toContainText('提上日程');
  await expect(sides.nth(2)).toContainText('落户');
  const link = sides.nth(1).locator('blockquote a');
  await expect(link).toHaveAttribute('href', /^\/sources\/jiangbei-2020-opening-up-ecology#cite-/);
  await shot(page, 'project-discrepancy');
  const citationId = (await link.getAttribute('href'))!.split('#cite-')[1]!;
  await link.click();
  // The passage is highlighted where it stands (across the source's line break).
  await expect(page.locator(`mark.c-${citationId}`).first()).toBeInViewport();
  expect((await page.locator(`mark.c-${citationId}`).allTextContents()).join('').replace(/\s+/g, '')).toContain(
    '提上日程',
  );
});

test('on a desktop the quote tooltip in the data table is not clipped', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/metrics/gdp');
  const marker = page.locator('.observation-table tbody tr').first().locator('.cite__link').first();
  await marker.focus();
  const tip = page.locator('.observation-table .cite__tip:visible').first();
  await expect(tip).toBeVisible();
  // The tooltip's corners are its own pixels: nothing (no scroll frame) cuts it off.
  const covered = await tip.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inside = (x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === el || el.contains(hit));
    };
    return [
      inside(box.left + 3, box.top + 3),
      inside(box.right - 3, box.top + 3),
      inside(box.left + 3, box.bottom - 3),
      inside(box.right - 3, box.bottom - 3),
    ];
  });
  expect(covered).toEqual([true, true, true, true]);
  await shot(page, 'metric-desktop');
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('observations are cards with their quotes written out, targets are large enough', async ({ page }) => {
    await page.goto('/metrics/gdp');
    // Nothing scrolls sideways: the 出处 are on screen.
    // (A phone zooms out to fit a page wider than its screen, so the width is checked against 390.)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const row = yearRow(page, '2020年');
    const quote = row.locator('td[data-label="数值"] .cite__tip q').first();
    await quote.scrollIntoViewIfNeeded();
    await expect(quote).toBeInViewport();
    const box = await row.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);

    for (const marker of await page.locator('main .cite__link').all()) {
      const size = await marker.boundingBox();
      if (!size) continue;
      expect(size.width).toBeGreaterThanOrEqual(24);
      expect(size.height).toBeGreaterThanOrEqual(24);
    }
    await shot(page, 'metric-phone');
  });

  test('reader pages fit the screen and every target is at least 24×24 px', async ({ page }) => {
    for (const path of [
      '/',
      '/topics/economy',
      '/metrics/new-market-entities',
      '/projects/key-projects-2023-first-batch',
      '/agreements/deyang-jiangbei-friendship-city',
      '/sources/jiangbei-yearbook-2020',
    ]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      // Links inside running text are exempt (WCAG 2.5.8's inline exception); everything else is measured.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('a, button, input, select, summary')]
          .filter((el) => !el.closest('p, blockquote, .source-text, .cited-by, .skip-link, dd'))
          .map((el) => ({ text: (el.textContent ?? '').trim().slice(0, 20), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small, path).toEqual([]);
    }
  });

  test('chart text stays at 11 px or more', async ({ page }) => {
    await page.goto('/metrics/gdp');
    const sizes = await page.locator('.chart svg').evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')]
        .filter((t) => getComputedStyle(t).display !== 'none' && t.textContent)
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    });
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  });
});
