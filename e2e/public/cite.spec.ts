// Issue 14, item 4: a reader copies a reference to a source, or to one figure with the permanent
// address of its citation, in GB/T 7714-2015, BibTeX and CSL-JSON.
import { expect, test } from '@playwright/test';

const SLUG = 'jiangbei-seven-tasks';

test('a reader cites a source and a figure of it', async ({ page }) => {
  await page.goto(`/sources/${SLUG}`);
  await page.getByText('引用本文件').click();
  const box = page.locator('.cite-box');
  await expect(box.getByRole('region', { name: 'GB/T 7714-2015' })).toContainText(
    `王彩艳, 杨敏. 江北 聚力“七大任务” 踔厉奋发向未来[N/OL]. [出版者不详], [2022]`,
  );
  await expect(box.getByRole('region', { name: 'BibTeX' })).toContainText('author = {王彩艳 and 杨敏}');
  const csl = JSON.parse((await box.getByRole('region', { name: 'CSL-JSON' }).locator('pre').textContent())!) as {
    URL: string;
    issued: { circa?: boolean };
  };
  expect(csl.URL).toMatch(new RegExp(`/sources/${SLUG}$`));
  expect(csl.issued.circa).toBe(true);

  // From a passage's note to the reference for that one figure.
  const note = page.locator('.cited-by li').first();
  const label = (await note.locator('a').first().textContent())!;
  await note.getByRole('link', { name: /引用此数据/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('引用此数据');
  const gbt = page.getByRole('region', { name: 'GB/T 7714-2015' });
  await expect(gbt).toContainText(`：${label}[N/OL]`);
  const permalink = (await page.locator('code.hash').textContent())!;
  await expect(gbt).toContainText(permalink);
  await page.screenshot({ path: 'test-results/screenshots/cite-figure.png', fullPage: true });
  // The permanent address leads back to the highlighted passage.
  await page.goto(new URL(permalink).pathname);
  await expect(page).toHaveURL(new RegExp(`/sources/${SLUG}#cite-`));
});
