// Importing source documents in the browser: a pasted text becomes a draft document whose text a
// reviewer reads and approves before it is public, the same text is refused next to the field, a
// corrected text becomes version 2 with its own change and a diff, and a version nobody approved
// never reaches the public page (issue 18, finding 1).
import { expect, test, type Page } from '@playwright/test';
import { e2eDatabase, refreshPublicPages } from '../helpers/database';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

async function approve(reviewer: Page, changeUrl: string) {
  await reviewer.goto(changeUrl);
  await reviewer.getByLabel('批准并发布').check();
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();
}

async function submit(editor: Page, changeUrl: string) {
  await editor.goto(changeUrl);
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();
}

test('source text goes public only when a reviewer approves the version, and the public version is never an unapproved one', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const slug = `test-source-${run}`;
  const text = `测试文件 ${run}：全区新增公园 12 个。`;
  const editor = await signedInAs(browser, db, 'EDITOR', '导入编辑');
  const reviewer = await signedInAs(browser, db, 'REVIEWER', '文本审核');
  await editor.goto('/admin');
  await editor.getByRole('link', { name: '原始文件' }).click();
  await editor.getByRole('link', { name: '导入新文件' }).click();
  await editor.getByLabel('标题').fill(`测试文件 ${run}`);
  await editor.getByLabel('网址标识').fill(slug);
  await editor.getByLabel('或粘贴原文').fill(text);
  await editor.getByRole('button', { name: '导入' }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`测试文件 ${run}`);
  await expect(editor.getByText('草稿：文本经审核批准后公开')).toBeVisible();
  expect((await editor.request.get(`/sources/${slug}`)).status()).toBe(404);
  const documentUrl = editor.url();

  await editor.goto('/admin/sources/new');
  await editor.getByLabel('标题').fill('重复的文件');
  await editor.getByLabel('网址标识').fill(`${slug}-again`);
  await editor.getByLabel('或粘贴原文').fill(text);
  await editor.getByRole('button', { name: '导入' }).click();
  await expect(editor.getByText(`与已有文件《测试文件 ${run}》第 1 版完全相同`)).toBeVisible();
  await expect(editor.getByLabel('或粘贴原文')).toHaveValue(text);

  // The import proposed version 1 for review; the editor submits it.
  await editor.goto(documentUrl);
  await editor
    .getByRole('row', { name: /第 1 版/ })
    .getByRole('link', { name: '草稿' })
    .click();
  await expect(editor.getByRole('heading', { level: 1 })).toContainText(`测试文件 ${run}（第 1 版）`);
  await submit(editor, editor.url());
  const firstChange = editor.url();

  // The reviewer reads the whole text, on the document's page and in the change, and approves.
  await reviewer.goto('/admin');
  await reviewer.getByRole('link', { name: '原始文件' }).click();
  await reviewer.getByRole('link', { name: `测试文件 ${run}` }).click();
  await expect(reviewer.getByRole('heading', { name: '导入修订版本' })).toHaveCount(0);
  await reviewer.getByRole('link', { name: '第 1 版', exact: true }).click();
  await expect(reviewer.locator('.source-version-text')).toHaveText(text);
  await reviewer.screenshot({ path: 'test-results/screenshots/admin-source-version.png', fullPage: true });
  await reviewer.goto(firstChange);
  await expect(reviewer.getByRole('heading', { name: '批准后公开的文本' })).toBeVisible();
  await reviewer.getByText('在此展开全文').click();
  await expect(reviewer.locator('.source-version-text')).toHaveText(text);
  await approve(reviewer, firstChange);
  await refreshPublicPages(reviewer.request);
  const publicPage = await editor.request.get(`/sources/${slug}`);
  expect(publicPage.status()).toBe(200);
  expect(await publicPage.text()).toContain('全区新增公园 12 个');

  // A corrected version 2 and then made-up text as version 3: each import proposes its version.
  const imported = async (body: string, number: number) => {
    await editor.goto(documentUrl);
    await editor.getByLabel('或粘贴原文').fill(body);
    editor.once('dialog', (dialog) => void dialog.accept());
    await editor.getByRole('button', { name: '导入为新版本' }).click();
    await expect(editor.getByRole('status')).toContainText(`已导入第 ${number} 版`);
    const link = editor.getByRole('link', { name: `第 ${number} 版文本的修改` });
    return new URL((await link.getAttribute('href'))!, editor.url()).toString();
  };
  const second = await imported(text.replace('12 个', '13 个'), 2);
  const third = await imported(`测试文件 ${run}：编造的指控，某某某收受贿赂。`, 3);
  await submit(editor, second);
  await submit(editor, third);

  // The reviewer sees exactly what version 2 changes, down to the figure, and approves only it.
  await reviewer.goto(second);
  const diff = reviewer.getByRole('region', { name: /与第 2 版的差异/ });
  await expect(diff.locator('del')).toHaveText('2');
  await expect(diff.locator('ins')).toHaveText('3');
  await reviewer.screenshot({ path: 'test-results/screenshots/admin-source-change.png', fullPage: true });
  await approve(reviewer, second);
  await refreshPublicPages(reviewer.request);
  const after = await (await editor.request.get(`/sources/${slug}`)).text();
  expect(after).toContain('全区新增公园 13 个');
  expect(after).not.toContain('编造的指控');

  await reviewer.goto(documentUrl);
  await expect(reviewer.getByRole('row', { name: /第 2 版\s*（公开）/ })).toContainText('已批准');
  await reviewer.getByRole('link', { name: '第 2 版', exact: true }).click();
  await expect(reviewer.getByRole('heading', { name: '与第 1 版的差异' })).toBeVisible();
  await reviewer.screenshot({ path: 'test-results/screenshots/admin-source-version-2.png', fullPage: true });
  await reviewer.goto(documentUrl);
  await expect(reviewer.getByRole('row', { name: /第 3 版/ })).toContainText('待审核');
  await reviewer.screenshot({ path: 'test-results/screenshots/admin-source.png', fullPage: true });
  await reviewer.setViewportSize({ width: 390, height: 844 });
  await reviewer.goto(second);
  await reviewer.screenshot({ path: 'test-results/screenshots/admin-source-change-phone.png', fullPage: true });
});
