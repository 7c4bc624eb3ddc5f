// Issue 13 on the reader's pages: a project's other names (又称), a core zone's figures kept off the
// district's line and named beside their value, and one disagreement shown on both metrics it joins.
import { expect, test, type Page } from '@playwright/test';

// SCREENSHOT_DIR keeps them out of test-results/, which the next Playwright run empties.
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? 'test-results/screenshots'}/${name}.png`, fullPage: true });

test('a project page names the other names the documents use', async ({ page }) => {
  await page.goto('/projects/jiujie');
  await expect(page.locator('.project-aliases')).toHaveText(/^又称 (大九街、不夜九街|不夜九街、大九街)$/);
  await shot(page, 'project-aliases');
  await page.goto('/projects/upgraded-taikoo-li');
  await expect(page.locator('.project-aliases')).toHaveText('又称 升级版远洋太古里');
});

test('searching an alias finds the project', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('大九街')}`);
  await expect(page.getByRole('link', { name: '九街', exact: true }).first()).toHaveAttribute(
    'href',
    '/projects/jiujie',
  );
});

test('a core zone’s figure is marked with its scope and never joined into the district’s line', async ({ page }) => {
  await page.goto('/metrics/financial-assets');
  const chart = page.locator('.chart');
  await expect(chart.locator('.chart__point--scoped')).toHaveCount(1);
  await expect(chart.locator('.chart__point--scoped')).toContainText('1.8');
  await expect(page.locator('.chart__legend')).toContainText('江北嘴金融核心区的数值');
  // One district value: no line at all, so nothing joins 1.8 to 2.
  await expect(chart.locator('path.chart__line')).toHaveCount(0);
  const row = page.locator('.observation-table tbody tr', { hasText: '2019年' });
  await expect(row.locator('td[data-label="数值"] .scope-tag')).toHaveText('江北嘴金融核心区');
  // The headline is the district's own latest figure, not the core zone's.
  await expect(page.locator('.headline-figure .scope-tag')).toHaveCount(0);
  await shot(page, 'metric-scoped-observation');
});

test('a disagreement between two metrics shows on both, each linking to the other', async ({ page }) => {
  await page.goto('/metrics/agreements-signed-with-sichuan');
  const discrepancy = page.locator('.discrepancy');
  await expect(discrepancy).toHaveCount(1);
  await expect(discrepancy.locator('.discrepancy__side')).toHaveCount(2);
  const link = discrepancy.locator('.discrepancy__metric a');
  await expect(link).toHaveText('与四川友好城市签订专项协议数');
  await expect(page.locator('.observation-table .observation-table__elsewhere')).toHaveText(
    '对照：与四川友好城市签订专项协议数',
  );
  await shot(page, 'metric-cross-discrepancy');
  await link.click();
  await expect(page).toHaveURL(/\/metrics\/sichuan-partner-special-agreements-count#obs-/);
  await expect(page.locator('.discrepancy .discrepancy__metric a')).toHaveText('与四川各地签订合作协议');
  await expect(page.locator('.observation-table .badge--conflict')).toHaveCount(1);
});
