// Issue 14, item 2 in the browser: an editor imports a PDF original, a reviewer approves its text,
// the editor cites a passage on its second page through the picker, and the public source page
// shows the page, the provenance and a 下载原件 link that serves the very bytes imported.
import { expect, test } from '@playwright/test';
import { PAGE_TWO, TWO_PAGE_HTML, WEB_PAGE } from '@/tests/helpers/originals';
import { e2eDatabase, refreshPublicPages } from '../helpers/database';
import { selectInSource } from '../helpers/picker';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

test('a PDF original is imported, reviewed, cited on page 2, and served back to readers', async ({ browser }) => {
  test.setTimeout(150_000);
  const run = Date.now().toString(36);
  const title = `江北区统计公报（PDF ${run}）`;
  const slug = `pdf-bulletin-${run}`;
  // The original, printed by Chromium with the Noto CJK font; a unique line keeps its text new.
  const printer = await browser.newPage();
  await printer.setContent(TWO_PAGE_HTML.replace('</body>', `<p>编号 ${run}</p></body>`), { waitUntil: 'load' });
  const pdf = await printer.pdf({ format: 'A4' });
  await printer.close();

  const editor = await signedInAs(browser, db, 'EDITOR', '原件编辑');
  await editor.goto('/admin/sources/new');
  await editor.getByLabel('标题').fill(title);
  await editor.getByLabel('网址标识').fill(slug);
  await editor.getByLabel('类型').selectOption({ label: '统计公报' });
  await editor.getByLabel('发布机构（可选）').fill('江北区统计局');
  await editor
    .getByLabel('上传原件或文本文件（.pdf、.html、.txt）')
    .setInputFiles({ name: '统计公报.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(editor.getByRole('status')).toContainText('将保存原件《统计公报.pdf》');
  await editor.getByRole('button', { name: '导入' }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);
  await editor
    .getByRole('row', { name: /第 1 版/ })
    .getByRole('link', { name: '草稿' })
    .click();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();
  const sourceChange = editor.url();

  const reviewer = await signedInAs(browser, db, 'REVIEWER', '原件审核');
  const approve = async (url: string) => {
    await reviewer.goto(url);
    await reviewer.getByLabel('批准并发布').check();
    await reviewer.getByRole('button', { name: '提交审核决定' }).click();
    await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();
  };
  await approve(sourceChange);

  // The editor cites the passage on page 2 by selecting it in the extracted text.
  await editor.goto('/admin/projects/new');
  await editor.getByLabel('项目名称').fill(`统计公报签约项目 ${run}`);
  await editor.getByLabel('网址标识').fill(`pdf-projects-${run}`);
  await editor.getByLabel('专题').selectOption({ label: '招商引资与重点项目' });
  await editor.getByLabel('原文给出了投资额').check();
  await editor.getByLabel('金额').fill('302.5');
  await editor.getByRole('button', { name: '＋ 选择引文' }).first().click();
  const picker = editor.getByRole('dialog', { name: '选择引文' });
  await picker.getByLabel('原始文件').selectOption({ label: title });
  await selectInSource(editor, '签约项目42个，投资总额302.5亿元');
  await expect(picker.getByText('✓ 数值 302.5亿元 出现在引文中')).toBeVisible();
  await picker.getByRole('button', { name: '使用这段引文' }).click();
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();
  await approve(editor.url());
  await refreshPublicPages(reviewer.request);

  const reader = await browser.newPage();
  await reader.goto(`/sources/${slug}`);
  await expect(reader.locator('.source-meta')).toContainText('发布机构：江北区统计局');
  await expect(reader.locator('#page-2')).toHaveText('第 2 页');
  await expect(reader.locator('.cited-by')).toContainText('（第 2 页）');
  await expect(reader.locator('.source-text mark')).toContainText(PAGE_TWO.slice(4, 20));
  const link = reader.getByRole('link', { name: /下载原件（PDF，/ });
  const original = await reader.request.get((await link.getAttribute('href'))!);
  expect(original.headers()['content-type']).toBe('application/pdf');
  expect(Buffer.from(await original.body()).equals(pdf)).toBe(true);
  await reader.screenshot({ path: 'test-results/screenshots/source-original-desktop.png', fullPage: true });
  await reader.setViewportSize({ width: 390, height: 844 });
  await reader.screenshot({ path: 'test-results/screenshots/source-original-phone.png', fullPage: true });
});

test('a saved web page fills the import form’s empty title, publisher and author from the page itself', async ({
  browser,
}) => {
  const editor = await signedInAs(browser, db, 'EDITOR', '网页编辑');
  await editor.goto('/admin/sources/new');
  await editor.getByLabel('作者（可选）').fill('编辑自填的作者');
  await editor
    .getByLabel('上传原件或文本文件（.pdf、.html、.txt）')
    .setInputFiles({ name: 'bulletin.html', mimeType: 'text/html', buffer: Buffer.from(WEB_PAGE) });
  await expect(editor.getByLabel('标题')).toHaveValue('江北区统计公报_重庆市江北区人民政府');
  await expect(editor.getByLabel('发布机构（可选）')).toHaveValue('重庆市江北区人民政府');
  // What the editor typed is never replaced.
  await expect(editor.getByLabel('作者（可选）')).toHaveValue('编辑自填的作者');
});
