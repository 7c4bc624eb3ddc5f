import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';

type SeedSource = { title: string };

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

test('a reader sees the topics and the five source documents on the home page', async ({ page }) => {
  const sources = JSON.parse(await readFile('seeds/sources.json', 'utf8')) as SeedSource[];
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/江北数据/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('每个数字都有出处');

  const topics = page.getByRole('region', { name: '专题' }).getByRole('listitem');
  await expect(topics.first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '经济发展', level: 3 })).toBeVisible();

  // Other specs add their own documents to the shared database, so count what is published now.
  const published = await db.sourceDocument.count({ where: { status: 'PUBLISHED', deletedAt: null } });
  const sourceList = page.getByRole('region', { name: '原始文件' });
  await expect(sourceList.getByRole('listitem')).toHaveCount(published);
  for (const source of sources) {
    await expect(sourceList.getByRole('heading', { name: source.title, exact: true })).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/screenshots/home-desktop.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screenshots/home-phone.png', fullPage: true });
  // Nothing may overflow a phone's width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an unknown page answers 404 in Chinese', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
});
