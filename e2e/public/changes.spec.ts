// What readers see of published changes (/changes and its Atom feed say old → new and link to the
// record's history), the 404 page inside the public header, and the page as printed.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { anchorQuote } from '@/lib/citations';
import { createSourceDocument } from '@/lib/sources/create-source-document';
import { seedTopic } from '@/tests/helpers/factories';
import { publishChange } from '../helpers/data-layer';
import { e2eDatabase, refreshPublicPages } from '../helpers/database';
import { seedActor } from '../helpers/session';

const db = e2eDatabase();
const run = Date.now().toString(36);

test.afterAll(async () => {
  await db.$disconnect();
});

const actor = (role: 'EDITOR' | 'REVIEWER') => seedActor(db, role, `变更摘要${role}`);

async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `test-results/screenshots/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/screenshots/${name}-phone.png`, fullPage: true });
  // Nothing may overflow a phone's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a corrected value reads old → new on /changes and in the feed, linking to the history', async ({
  page,
  request,
}) => {
  const [editor, reviewer] = [await actor('EDITOR'), await actor('REVIEWER')];
  const sourceSlug = `e2e-changes-${run}`;
  const text = `2020年江北区实现地区生产总值1300亿元（${run}）。\n\n经最终核实，2020年全区地区生产总值修订为1325亿元。`;
  const { versionId } = await db.$transaction((tx) =>
    createSourceDocument(tx, {
      slug: sourceSlug,
      title: `变更摘要测试文件 ${run}`,
      kind: 'OTHER',
      fileName: 'changes.txt',
      text,
      status: 'PUBLISHED',
    }),
  );
  const cite = (quote: string) => {
    const anchored = anchorQuote(text, quote);
    if (!anchored.ok) throw new Error(anchored.message);
    const { exact, prefix, suffix, start, end } = anchored.anchor;
    return { sourceVersionId: versionId, exact, prefix, suffix, start, end };
  };
  const topic = await seedTopic(db, { slug: `e2e-changes-topic-${run}`, nameZh: `变更摘要专题 ${run}` });
  // Markup in the name must reach the feed escaped and the page as text.
  const nameZh = `变更摘要<&>指标 ${run}`;
  const slug = `e2e-changes-${run}`;
  const created = publishChange(editor, reviewer, {
    recordType: 'METRIC',
    recordId: null,
    baseVersion: null,
    changeId: null,
    changeVersion: null,
    data: {
      slug,
      nameZh,
      unit: '亿元',
      topicId: topic.id,
      observations: [
        {
          period: '2020',
          periodLabel: '2020年',
          value: '1300',
          citations: [cite('2020年江北区实现地区生产总值1300亿元')],
        },
      ],
    },
  });
  const metric = await db.metric.findUniqueOrThrow({ where: { id: created.recordId! } });
  const published = await db.revision.findFirstOrThrow({
    where: { recordId: metric.id },
    orderBy: { version: 'desc' },
  });
  const data = published.data as { observations: Array<Record<string, unknown>> };
  publishChange(editor, reviewer, {
    recordType: 'METRIC',
    recordId: metric.id,
    baseVersion: metric.version,
    changeId: null,
    changeVersion: null,
    data: {
      ...data,
      observations: [
        { ...data.observations[0], value: '1325', citations: [cite('2020年全区地区生产总值修订为1325亿元')] },
      ],
    },
    notes: { editorNote: '', publicNote: '按最终核实数修订' },
  });
  await refreshPublicPages(request);

  const line = `${nameZh} 2020年：1300亿元 → 1325亿元`;
  await page.goto('/changes');
  const entries = page.locator('main .record-list > li').filter({ hasText: nameZh });
  await expect(entries).toHaveCount(2);
  const corrected = entries.first();
  await expect(corrected).toContainText(line);
  await expect(corrected).toContainText('引文：新增 1 条，撤下 1 条');
  await expect(entries.last()).toContainText('2020年 1300亿元');
  await expect(entries.last()).toContainText('新增');
  await expect(corrected.getByRole('link', { name: nameZh, exact: true })).toHaveAttribute('href', `/metrics/${slug}`);
  const history = corrected.getByRole('link', { name: `${nameZh}的修改历史` });
  await expect(history).toHaveAttribute('href', `/metrics/${slug}/history#v${metric.version + 1}`);
  await screenshots(page, 'changes');
  await history.click();
  await expect(page.locator(`#v${metric.version + 1}`)).toContainText('按最终核实数修订');

  // The home page shows the first line of the newest change.
  await page.goto('/');
  await expect(page.getByRole('region', { name: '最近发布' })).toContainText(line);

  const feed = await request.get('/changes/feed.xml');
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  const xml = await feed.text();
  expect(xml).toContain(`<title>更新指标：变更摘要&lt;&amp;&gt;指标 ${run}</title>`);
  expect(xml).toContain('2020年：1300亿元 → 1325亿元');
  expect(xml).toMatch(new RegExp(`<link rel="related" href="[^"]+/metrics/${slug}/history#v${metric.version + 1}"/>`));
  // Well-formed Atom: every entry has what RFC 4287 requires.
  const shape = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const entries = [...doc.getElementsByTagName('entry')];
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      author: doc.querySelector('feed > author > name')?.textContent,
      complete: entries.every((entry) =>
        ['id', 'updated', 'title', 'link', 'summary'].every((tag) => entry.getElementsByTagName(tag).length > 0),
      ),
      entries: entries.length,
      title: entries[0]?.getElementsByTagName('title')[0]?.textContent,
    };
  }, xml);
  expect(shape).toMatchObject({ errors: 0, author: '江北数据', complete: true, title: `更新指标：${nameZh}` });
  expect(shape.entries).toBeGreaterThan(1);
});

test('a missing page answers 404 inside the site header, with ways back', async ({ page }) => {
  for (const path of ['/metrics/no-such-metric', '/no-such-page']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await expect(page.getByRole('search', { name: '站内搜索' })).toBeVisible();
    await expect(page.locator('.site-footer')).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: '首页' })).toHaveAttribute('href', '/');
    await expect(main.getByRole('link', { name: '搜索' })).toHaveAttribute('href', '/search');
    await expect(main.getByRole('link', { name: '原始文件' })).toHaveAttribute('href', '/sources');
  }
  await screenshots(page, 'not-found');
});

test('a printed metric page hides the navigation and keeps its quotes and where they come from', async ({ page }) => {
  await page.goto('/metrics/gdp');
  const quote = page.locator('main blockquote.quote').first();
  const quoted = (await quote.locator('p').textContent())!;
  const marker = page.locator('main a.cite__link').first();
  const target = (await marker.getAttribute('href'))!;
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('search', { name: '站内搜索' })).toBeHidden();
  await expect(page.locator('.download-links').first()).toBeHidden();
  await expect(quote).toBeVisible();
  await expect(quote).toContainText(quoted);
  // The marker prints the address of its passage after the number.
  expect(await marker.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${target})"`);
  // Black on white: the dark header is gone, its title black.
  const header = page.locator('.site-header');
  expect(await header.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  expect(await header.locator('.site-title').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(0, 0, 0)');
  await page.screenshot({ path: 'test-results/screenshots/print-metric.png', fullPage: true });
  await page.pdf({ path: 'test-results/screenshots/print-metric.pdf', format: 'A4' });
  expect((await readFile('test-results/screenshots/print-metric.pdf')).subarray(0, 4).toString()).toBe('%PDF');

  await page.goto('/sources/jiangbei-2020-opening-up-ecology');
  await expect(page.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/print-source.png' });
});
