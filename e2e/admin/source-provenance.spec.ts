// Issue 14, item 1: a source's provenance (publisher, dating, retrieval, rights) is edited through
// review like any record and then shown on its page, in every citation tooltip and in the API;
// what a document does not say reads 未注明, with the editor's estimate and its reason.
import { expect, test } from '@playwright/test';
import { e2eDatabase, refreshPublicPages } from '../helpers/database';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();
const SLUG = 'jiangbei-reform-empowerment';

test.afterAll(async () => {
  await db.$disconnect();
});

test('an editor records a document’s publisher, a reviewer approves, readers see it with the source and in tooltips', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const document = await db.sourceDocument.findUniqueOrThrow({ where: { slug: SLUG } });
  await page.goto(`/sources/${SLUG}`);
  await expect(page.locator('.source-meta')).toContainText('发布机构：未注明');
  await expect(page.locator('.source-meta')).toContainText('发布日期：未注明（估计约2020年4月）');
  for (const [width, name] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/source-provenance-before-${name}.png` });
  }

  const publisher = `江北区融媒体中心 ${Date.now().toString(36)}`;
  const editor = await signedInAs(browser, db, 'EDITOR', '出处编辑');
  await editor.goto(`/admin/sources/${document.id}`);
  await editor.getByRole('link', { name: '编辑出处信息' }).click();
  await expect(editor.getByLabel('估计成文日期（可选）')).toHaveValue('2020-04');
  // An estimate without its reason is refused next to the field, nothing typed is lost.
  await editor.getByLabel('发布机构（可选）').fill(publisher);
  await editor.getByLabel('日期说明').fill('');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByText('请说明估计日期的依据')).toBeVisible();
  await expect(editor.getByLabel('发布机构（可选）')).toHaveValue(publisher);
  await editor.getByLabel('日期说明').fill('报道2019年成绩及截至2020年4月的事件，约为2020年春。');
  await editor.getByLabel('获取日期（可选）').fill('2024-03-15');
  await editor.screenshot({ path: 'test-results/screenshots/admin-source-edit.png', fullPage: true });
  await editor.setViewportSize({ width: 390, height: 844 });
  await editor.screenshot({ path: 'test-results/screenshots/admin-source-edit-phone.png', fullPage: true });
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();
  const changeUrl = editor.url();

  const reviewer = await signedInAs(browser, db, 'REVIEWER', '出处审核');
  await reviewer.goto(changeUrl);
  await expect(reviewer.getByRole('row', { name: /发布机构/ })).toContainText(publisher);
  await expect(reviewer.getByText('批准后公开的文本')).toHaveCount(0);
  await reviewer.getByLabel('批准并发布').check();
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();
  await refreshPublicPages(reviewer.request);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/sources/${SLUG}`);
  await expect(page.locator('.source-meta')).toContainText(`发布机构：${publisher}`);
  await page.getByText('出处信息').click();
  await expect(page.locator('.source-provenance')).toContainText('2024-03-15');
  await expect(page.locator('.source-provenance')).toContainText('简体中文');
  await page.screenshot({ path: 'test-results/screenshots/source-provenance-after-desktop.png' });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: 'test-results/screenshots/source-provenance-after-phone.png' });

  // Every citation of the document names its publisher in its tooltip.
  const citation = await db.citation.findFirstOrThrow({
    where: { sourceVersionId: document.currentVersionId!, observationId: { not: null } },
    select: { id: true, observation: { select: { metric: { select: { slug: true } } } } },
  });
  await page.goto(`/metrics/${citation.observation!.metric.slug}`);
  await expect(page.locator(`#tip-${citation.id}`).first()).toContainText(publisher);

  const api = await (await page.request.get('/api/v1/sources?limit=100')).json();
  expect((api as { data: Array<Record<string, unknown>> }).data.find((s) => s.slug === SLUG)).toMatchObject({
    publisher,
    estimatedDate: '2020-04',
    retrievedOn: '2024-03-15',
  });
});
