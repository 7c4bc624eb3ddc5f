// Importing source documents in the browser: a pasted text becomes a draft document, the same text
// is refused next to the field, and a corrected text becomes version 2.
import { expect, test } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

test('an editor imports a document, is told of a duplicate, and adds a corrected version', async ({ browser }) => {
  const run = Date.now().toString(36);
  const text = `测试文件 ${run}：全区新增公园 12 个。`;
  const editor = await signedInAs(browser, db, 'EDITOR', '导入编辑');
  await editor.getByRole('link', { name: '原始文件' }).click();
  await editor.getByRole('link', { name: '导入新文件' }).click();
  await editor.getByLabel('标题').fill(`测试文件 ${run}`);
  await editor.getByLabel('网址标识').fill(`test-source-${run}`);
  await editor.getByLabel('或粘贴原文').fill(text);
  await editor.getByRole('button', { name: '导入' }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`测试文件 ${run}`);
  await expect(editor.getByText('草稿：第一条引用它的记录获批后公开')).toBeVisible();
  // Not public while no approved record cites it.
  expect((await editor.request.get(`/sources/test-source-${run}`)).status()).toBe(404);

  await editor.goto('/admin/sources/new');
  await editor.getByLabel('标题').fill('重复的文件');
  await editor.getByLabel('网址标识').fill(`test-source-${run}-again`);
  await editor.getByLabel('或粘贴原文').fill(text);
  await editor.getByRole('button', { name: '导入' }).click();
  await expect(editor.getByText(`与已有文件《测试文件 ${run}》第 1 版完全相同`)).toBeVisible();
  await expect(editor.getByLabel('或粘贴原文')).toHaveValue(text);

  await editor.goto('/admin/sources');
  await editor.getByRole('link', { name: `测试文件 ${run}` }).click();
  await editor.getByLabel('或粘贴原文').fill(`【更正】${text}`);
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor.getByRole('button', { name: '导入为新版本' }).click();
  await expect(editor.getByRole('status')).toContainText('已导入第 2 版');
  await expect(editor.getByRole('row', { name: /第 2 版/ })).toBeVisible();
  await editor.screenshot({ path: 'test-results/screenshots/admin-source.png', fullPage: true });
});
