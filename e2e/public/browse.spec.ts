// Browsing and finding (issue 15): the metric, topic and partner indexes list the seed's records and
// link to their pages, the header nav leads to them, and the header's search box, reached from the
// keyboard on any page, finds 地区生产总值 by its synonym GDP.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { e2eDatabase, refreshPublicPages } from '../helpers/database';

const db = e2eDatabase();

test.beforeEach(async ({ request }) => {
  // Other specs write rows straight into the shared database; counts below are read from it.
  await refreshPublicPages(request);
});

test.afterAll(async () => {
  await db.$disconnect();
});

/** Screenshots at desktop and phone widths; nothing may overflow the phone's screen. */
async function screenshots(page: Page, name: string) {
  for (const [width, label] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${label}`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/browse-${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 844 });
}

const listed = {
  status: 'PUBLISHED',
  deletedAt: null,
  observations: {
    some: { status: 'PUBLISHED', deletedAt: null, citations: { some: { verifiedAt: { not: null } } } },
  },
} as const;

test('the header nav leads to the topic and metric indexes', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '专题' })).toHaveAttribute('href', '/topics');
  await nav.getByRole('link', { name: '指标' }).click();
  await expect(page).toHaveURL(/\/metrics$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部指标');
});

test('/metrics lists every metric with a figure, grouped by topic in topic order', async ({ page }) => {
  const response = await page.goto('/metrics');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('全部指标 · 江北数据');

  const topics = await db.topic.findMany({
    where: { status: 'PUBLISHED', deletedAt: null, metrics: { some: listed } },
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }, { id: 'asc' }],
    select: { nameZh: true, _count: { select: { metrics: { where: listed } } } },
  });
  const headings = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(topics.map((t) => `${t.nameZh}（${t._count.metrics}）`));
  await expect(page.locator('.metric-row')).toHaveCount(topics.reduce((sum, t) => sum + t._count.metrics, 0));

  const economy = page.getByRole('region', { name: /^经济发展/ });
  const gdp = economy
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: '地区生产总值', exact: true }) });
  await expect(gdp.locator('.figure')).toHaveText(/\d亿元$/);
  await expect(gdp.locator('.metric-row__period')).toHaveText(/\d{4}年/);
  await expect(gdp.locator('svg.sparkline')).toBeVisible();
  await expect(gdp.getByRole('link', { name: /^出处\d+$/ }).first()).toHaveAttribute('href', /^\/sources\/.+#cite-/);
  await screenshots(page, 'metrics');

  await gdp.getByRole('link', { name: '地区生产总值', exact: true }).click();
  await expect(page).toHaveURL(/\/metrics\/gdp$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('地区生产总值');
});

test('/topics lists every published topic with its counts and links to it', async ({ page }) => {
  const seedTopics = JSON.parse(await readFile('seeds/topics.json', 'utf8')) as Array<{ nameZh: string }>;
  const response = await page.goto('/topics');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('专题 · 江北数据');
  const published = await db.topic.count({ where: { status: 'PUBLISHED', deletedAt: null } });
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(published);
  for (const topic of seedTopics) {
    await expect(page.getByRole('link', { name: topic.nameZh, exact: true })).toBeVisible();
  }

  const economyMetrics = await db.metric.count({ where: { ...listed, topic: { slug: 'economy' } } });
  const economy = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: '经济发展', exact: true }) });
  await expect(economy.locator('.card__meta')).toContainText(`指标 ${economyMetrics} ·`);
  await screenshots(page, 'topics');

  await economy.getByRole('link', { name: '经济发展', exact: true }).click();
  await expect(page).toHaveURL(/\/topics\/economy$/);
  await expect(page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '专题' })).toHaveAttribute(
    'href',
    '/topics',
  );
});

test('/partners lists the partner regions with the agreement count their pages show', async ({ page }) => {
  const response = await page.goto('/partners');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('合作地区 · 江北数据');
  for (const name of ['四川省德阳市', '四川省巴中市', '四川省成都市']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  const deyang = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: '四川省德阳市', exact: true }) });
  const count = (await deyang.locator('.card__meta').textContent())?.match(/协议与合作 (\d+) 项/)?.[1];
  expect(Number(count)).toBeGreaterThanOrEqual(5);
  await screenshots(page, 'partners');

  await deyang.getByRole('link', { name: '四川省德阳市', exact: true }).click();
  await expect(page).toHaveURL(/\/partners\/deyang$/);
  await expect(page.locator('.lead')).toContainText(`协议与合作 ${count} 项`);
  await expect(page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '合作地区' })).toHaveAttribute(
    'href',
    '/partners',
  );
});

test('/organisations lists the institutions by kind, filtered in the URL, each linked to its page', async ({
  page,
}) => {
  const response = await page.goto('/organisations');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('机构 · 江北数据');
  await expect(page.getByRole('heading', { level: 2, name: '行政区' })).toBeVisible();
  const total = Number((await page.locator('.filters__count').textContent())?.match(/共 (\d+) 条/)?.[1]);
  expect(total).toBeGreaterThan(50);
  await expect(page.getByRole('navigation', { name: '分页' })).toContainText('第 1 /');

  await page.getByLabel('类型').selectOption({ label: '金融机构' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/\/organisations\?kind=FINANCIAL_INSTITUTION$/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['金融机构']);
  const filtered = Number((await page.locator('.filters__count').textContent())?.match(/共 (\d+) 条/)?.[1]);
  expect(filtered).toBeLessThan(total);
  await expect(page.locator('.record-list li')).toHaveCount(filtered);
  await screenshots(page, 'organisations');

  await page.getByRole('link', { name: '南洋商业银行', exact: false }).first().click();
  await expect(page).toHaveURL(/\/partners\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('南洋商业银行');
  await expect(page.getByRole('navigation', { name: '位置' }).getByRole('link', { name: '机构' })).toHaveAttribute(
    'href',
    '/organisations',
  );
});

test('the header search box is reached by keyboard and finds 地区生产总值 by "GDP"', async ({ page }) => {
  await page.goto('/metrics/gdp');
  const box = page
    .getByRole('search', { name: '站内搜索' })
    .getByRole('searchbox', { name: '搜索指标、项目、协议和原始文件' });
  await expect(box).toBeVisible();
  await screenshots(page, 'header-search');

  // From the top of the page: skip link, site title, six nav links, then the search box.
  for (let i = 0; i < 12 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(box).toBeFocused();
  await page.keyboard.type('GDP');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('search', { name: '站内搜索' }).getByRole('button', { name: '搜索' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/search\?q=GDP$/);
  const metrics = page.getByRole('region', { name: /^指标/ });
  await expect(metrics.getByRole('link', { name: '地区生产总值', exact: true })).toBeVisible();
  await expect(
    metrics.getByRole('listitem').filter({ has: page.getByRole('link', { name: '地区生产总值', exact: true }) }),
  ).toContainText('又称 GDP');
});
