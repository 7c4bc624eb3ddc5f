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

test('metric, partner and source pages describe themselves to search engines in JSON-LD', async ({ page }) => {
  const jsonLd = async (path: string) => {
    await page.goto(path);
    const text = await page.locator('script[type="application/ld+json"]').first().textContent();
    return JSON.parse(text!) as Record<string, unknown>;
  };
  const dataset = await jsonLd('/metrics/gdp');
  expect(dataset).toMatchObject({ '@type': 'Dataset', name: '地区生产总值', temporalCoverage: '2016/2022' });
  expect(JSON.stringify(dataset.distribution)).toContain('/data/metrics/gdp.csv');
  expect((dataset.citation as unknown[]).length).toBeGreaterThanOrEqual(3);
  expect(await jsonLd('/partners/deyang')).toMatchObject({ '@type': 'Organization', name: '四川省德阳市' });
  expect(await jsonLd('/sources/jiangbei-yearbook-2020')).toMatchObject({ datePublished: '2023-06-07' });
});
