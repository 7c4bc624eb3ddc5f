// A reader downloads a metric's data from its page and gets a CSV a spreadsheet reads in Chinese.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test('the CSV link on a metric page downloads the series with its citations', async ({ page }) => {
  await page.goto('/metrics/gdp');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('metric-gdp.csv');
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('"地区生产总值","gdp","2020","2020年","1325","亿元"');
  expect(text).toContain('#cite-');
});
