// Issue 14, item 3: a source reads as a text for people (broken lines joined, page numbers and
// split or doubled headlines dimmed and set aside) while every citation still highlights its exact
// passage; the exact extracted text, on which offsets count, is one link away.
import { expect, test } from '@playwright/test';

const SLUG = 'jiangbei-reform-empowerment';

test('the reading view dims layout debris and keeps highlights; the exact view keeps every line', async ({ page }) => {
  await page.goto(`/sources/${SLUG}`);
  const debris = page.locator('.source-paragraph--debris');
  expect(await debris.count()).toBeGreaterThan(3);
  await expect(page.locator('.source-paragraph--debris[title="排版残留：重复印出的标题"]').first()).toBeVisible();
  // Running text is never dimmed, and every highlighted passage is still there.
  const anchors = () => page.locator('.cite-anchor').evaluateAll((spans) => spans.map((span) => span.id).sort());
  const cited = await anchors();
  expect(cited.length).toBeGreaterThan(10);
  await expect(page.locator('.source-paragraph:not(.source-paragraph--debris)').first()).toBeVisible();
  for (const [width, name] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: `test-results/screenshots/source-reading-${name}.png` });
  }

  await page.getByRole('link', { name: '查看逐字提取文本' }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${SLUG}/text$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('（提取文本）');
  // The same passages are highlighted, and the text keeps its original line breaks.
  expect(await anchors()).toEqual(cited);
  const exact = await page
    .locator('.source-text--exact p')
    .first()
    .evaluate((p) => p.textContent ?? '');
  expect(exact.split('\n').length).toBeGreaterThan(50);
  await page.screenshot({ path: 'test-results/screenshots/source-exact-phone.png' });
  await page.getByRole('link', { name: '返回阅读视图' }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${SLUG}$`));
});
