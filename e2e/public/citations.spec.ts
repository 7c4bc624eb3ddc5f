import { expect, test } from '@playwright/test';
import { seedMetric, seedProject, seedTopic } from '@/tests/helpers/factories';
import { e2eDatabase, refreshPublicPages } from '../helpers/database';

const db = e2eDatabase();
const run = Date.now().toString(36);

test.afterAll(async () => {
  await db.$disconnect();
});

test('a reader follows a figure on a topic page to its highlighted passage in the source', async ({ page }) => {
  const topic = await seedTopic(db, { slug: `e2e-topic-${run}`, nameZh: `测试专题${run}` });
  const quote = '地区生产总值由2016年的778亿元增长到2020年的1325亿元';
  const { observations } = await seedMetric(db, {
    slug: `e2e-gdp-${run}`,
    nameZh: '测试地区生产总值',
    unit: '亿元',
    topicId: topic.id,
    observations: [
      { period: '2016', periodLabel: '2016年', value: '778', source: 'jiangbei-yearbook-2020', quote },
      { period: '2020', periodLabel: '2020年', value: '1325', source: 'jiangbei-yearbook-2020', quote },
    ],
  });
  const citationId = observations[1]!.citations[0]!.id;
  // Written behind the app's back, so cached pages (the yearbook's, seen by earlier specs) are refreshed.
  await refreshPublicPages(page.request);

  await page.goto(`/topics/${topic.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.nameZh);
  const card = page.locator('.metric-card', { hasText: '测试地区生产总值' });
  await expect(card.locator('.figure')).toHaveText('1325亿元');

  // Keyboard focus on the marker shows the quote and the source.
  const marker = card.getByRole('link', { name: /出处/ }).first();
  await marker.focus();
  await expect(card.getByRole('tooltip')).toContainText('1325亿元');
  await expect(card.getByRole('tooltip')).toContainText('江北区:防疫与发展兼顾');

  await marker.click();
  await expect(page).toHaveURL(new RegExp(`/sources/jiangbei-yearbook-2020#cite-${citationId}$`));
  const highlighted = page.locator(`mark.c-${citationId}`);
  await expect(highlighted).toHaveText(quote);
  await expect(highlighted).toBeInViewport();
  // The targeted passage is emphasised beyond the ordinary highlight.
  await expect(highlighted).toHaveCSS('background-color', 'rgb(255, 213, 74)');
  await page.screenshot({ path: 'test-results/screenshots/source-cited-passage.png' });
});

test('drafts never appear on public pages', async ({ page }) => {
  const topic = await seedTopic(db, { slug: `e2e-draft-topic-${run}`, nameZh: `草稿专题${run}`, status: 'DRAFT' });
  const published = await seedTopic(db, { slug: `e2e-live-topic-${run}`, nameZh: `已发布专题${run}` });
  await seedProject(db, {
    slug: `e2e-draft-project-${run}`,
    name: `草稿项目${run}`,
    topicId: published.id,
    source: 'jiangbei-vision-to-reality',
    quote: '北滨路东延伸段生态综合修复工程',
    status: 'DRAFT',
  });
  await seedMetric(db, {
    slug: `e2e-draft-metric-${run}`,
    nameZh: `草稿指标${run}`,
    unit: '亿元',
    topicId: published.id,
    status: 'DRAFT',
    observations: [
      {
        period: '2019',
        periodLabel: '2019年',
        value: '1240',
        source: 'jiangbei-reform-empowerment',
        quote: '1240亿元、增长8%',
      },
    ],
  });

  expect((await page.goto(`/topics/${topic.slug}`))?.status()).toBe(404);
  expect((await page.goto(`/projects/e2e-draft-project-${run}`))?.status()).toBe(404);
  expect((await page.goto(`/metrics/e2e-draft-metric-${run}`))?.status()).toBe(404);
  for (const path of [
    '/',
    `/topics/${published.slug}`,
    '/projects',
    '/sources/jiangbei-vision-to-reality',
    '/sitemap.xml',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const body = await page.content();
    expect(body, path).not.toContain(`草稿项目${run}`);
    expect(body, path).not.toContain(`草稿指标${run}`);
    expect(body, path).not.toContain(`草稿专题${run}`);
  }
});

test('list filters live in the URL and change the list', async ({ page }) => {
  const topic = await seedTopic(db, { slug: `e2e-filter-topic-${run}`, nameZh: `筛选专题${run}` });
  await seedProject(db, {
    slug: `e2e-filter-project-${run}`,
    name: `筛选项目${run}`,
    topicId: topic.id,
    source: 'jiangbei-vision-to-reality',
    quote: '北滨路东延伸段生态综合修复工程',
  });
  // Written straight into the database: readers see it after a refresh, as after a publish.
  await refreshPublicPages(page.request);
  await page.goto('/projects');
  await page.getByLabel('专题').selectOption(topic.slug);
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects\\?topic=${topic.slug}`));
  await expect(page.locator('.record-list > li')).toHaveCount(1);
  await expect(page.getByRole('link', { name: `筛选项目${run}` })).toBeVisible();

  await page.getByLabel('进度').selectOption('COMPLETED');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/status=COMPLETED/);
  await expect(page.getByText('没有符合条件的项目。')).toBeVisible();
});

test('the project list comes in pages that keep the filters and the order', async ({ page }) => {
  const total = await db.project.count({ where: { status: 'PUBLISHED', deletedAt: null } });
  await page.goto('/projects?sort=investment');
  await expect(page.locator('.record-list > li')).toHaveCount(30);
  const pages = Math.ceil(total / 30);
  await expect(page.locator('.pagination')).toContainText(`第 1 / ${pages} 页`);
  const first = await page.locator('.record-list > li a').first().textContent();
  await page.getByRole('link', { name: '下一页 →' }).click();
  await expect(page).toHaveURL(/\/projects\?sort=investment&page=2$/);
  await expect(page.locator('.pagination')).toContainText(`第 2 / ${pages} 页`);
  await expect(page.locator('.record-list > li').first()).not.toContainText(first!);
});

test('unknown slugs answer 404 in Chinese, without needing JavaScript', async ({ page, request }) => {
  for (const path of [
    '/topics/no-such-topic',
    '/metrics/no-such-metric',
    '/sources/no-such-source',
    '/agreements/nope',
    '/partners/nope',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    const html = await (await request.get(path)).text();
    expect(html, path).toMatch(/<h1[^>]*>页面不存在<\/h1>/);
  }
});
