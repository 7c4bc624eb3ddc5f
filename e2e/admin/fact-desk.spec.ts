// The fact desk (issue 13): an editor opens a yearbook entry's desk, selects a list of institutions
// in one statement and creates one draft per name with the citation filled in; a reviewer approves
// each; the public search finds every one, and the desk counts the names as handled. On the real
// yearbook entry, a sentence selected without any mouse event (as touch handles or caret browsing
// select) opens 新建协议 filled in from the quote, and a mouse drag still works. With the keyboard
// alone, 处理这条 opens a statement's actions and 新建项目 its prefilled form.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { violations } from '../helpers/axe';
import { e2eDatabase, refreshPublicPages } from '../helpers/database';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

/**
 * Selects `quote` inside the desk statement that contains it without any mouse or key event: the
 * document's selection moves, as a touch selection's handles or the keyboard's caret browsing move it.
 */
async function selectWithoutMouse(page: Page, quote: string) {
  const text = page.locator('.desk-item__text', { hasText: quote });
  await text.evaluate((element, wanted) => {
    const node = element.firstChild as Text;
    const at = node.data.indexOf(wanted);
    if (at < 0) throw new Error(`not in the statement: ${wanted}`);
    window.getSelection()!.setBaseAndExtent(node, at, node, at + wanted.length);
  }, quote);
}

/** Selects `quote` in its desk statement with a real mouse drag, from its first to its last character. */
async function selectWithMouse(page: Page, quote: string) {
  const text = page.locator('.desk-item__text', { hasText: quote });
  await text.scrollIntoViewIfNeeded();
  const { from, to } = await text.evaluate((element, wanted) => {
    const node = element.firstChild as Text;
    const at = node.data.indexOf(wanted);
    if (at < 0) throw new Error(`not in the statement: ${wanted}`);
    const charBox = (offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const box = range.getClientRects()[0]!;
      return { left: box.left, right: box.right, middle: box.top + box.height / 2 };
    };
    const first = charBox(at);
    const last = charBox(at + wanted.length - 1);
    return { from: { x: first.left + 1, y: first.middle }, to: { x: last.right - 1, y: last.middle } };
  }, quote);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Presses Tab until `target` has the focus, as a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator, most = 80) {
  for (let press = 0; press < most; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${most} presses of Tab never reached ${target.toString()}`);
}

/** Imports `text` as a new document through the form and has the reviewer approve it; its admin URL. */
async function importApproved(editor: Page, reviewer: Page, title: string, slug: string, text: string) {
  await editor.goto('/admin/sources/new');
  await editor.getByLabel('标题').fill(title);
  await editor.getByLabel('网址标识').fill(slug);
  await editor.getByLabel('或粘贴原文').fill(text);
  await editor.getByRole('button', { name: '导入' }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);
  const documentUrl = editor.url();
  await editor
    .getByRole('row', { name: /第 1 版/ })
    .getByRole('link', { name: '草稿' })
    .click();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();
  await reviewer.goto(editor.url());
  await reviewer.getByLabel('批准并发布').check();
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();
  return documentUrl;
}

test('a list of institutions becomes one reviewed record per name, found by the public search', async ({ browser }) => {
  test.setTimeout(150_000);
  const run = Date.now().toString(36);
  const names = [`南岸${run}商业银行`, `长江${run}人寿`, `嘉陵${run}健康保险`];
  const list = names.join('、');
  const title = `江北区年鉴2021（节选）${run}`;
  const text = `【金融业】 2021年,江北嘴新引进${list}等3家金融机构,存贷款余额超1.9万亿元。\n`;
  const editor = await signedInAs(browser, db, 'EDITOR', '事实台编辑');
  const reviewer = await signedInAs(browser, db, 'REVIEWER', '事实台审核');

  // The entry is imported and its text approved, as every source is.
  const documentUrl = await importApproved(editor, reviewer, title, `yearbook-2021-${run}`, text);

  // The desk lists the statement as open, with its three names found by rule.
  await editor.goto(documentUrl);
  await editor.getByRole('link', { name: '事实台' }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`事实台：${title}`);
  await expect(editor.getByText('已处理 0/1')).toBeVisible();
  const item = editor.locator('.desk-item', { hasText: list });
  for (const name of names) await expect(item.locator('.desk-check', { hasText: name })).toContainText('○');

  await selectWithoutMouse(editor, list);
  const panel = item.getByRole('region', { name: '处理所选原文' });
  await expect(panel).toContainText(`所选原文：「${list}」`);
  const batch = panel.getByRole('group', { name: /为每个名称新建一条草稿/ });
  for (const name of names) await expect(batch.getByLabel(name)).toBeChecked();
  await batch.getByLabel('同时提交审核').check();
  await editor.screenshot({ path: 'test-results/screenshots/admin-fact-desk-panel.png', fullPage: true });
  expect(await violations(editor), 'fact desk with its panel open').toEqual([]);
  await batch.getByRole('button', { name: '新建 3 条草稿' }).click();
  const created = batch.getByRole('status');
  await expect(created).toContainText('已新建 3 条并提交审核');
  const changeLinks = await created
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!));
  expect(changeLinks).toHaveLength(3);

  // Each draft cites the selection; the reviewer reads it in the diff and approves.
  for (const href of changeLinks) {
    await reviewer.goto(href);
    await expect(reviewer.getByText(list).first()).toBeVisible();
    await reviewer.getByLabel('批准并发布').check();
    await reviewer.getByRole('button', { name: '提交审核决定' }).click();
    await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();
  }
  await refreshPublicPages(reviewer.request);
  for (const name of names) {
    await reviewer.goto(`/search?q=${encodeURIComponent(name)}`);
    await expect(reviewer.getByRole('link', { name })).toBeVisible();
  }

  await editor.reload();
  await editor.getByRole('link', { name: /全部/ }).click();
  for (const name of names) {
    await expect(
      editor.locator('.desk-item', { hasText: list }).locator('.desk-check', { hasText: name }),
    ).toContainText('✓');
  }
});

test('a selected sentence of the yearbook opens 新建协议 filled in from the quote', async ({ browser }) => {
  test.setTimeout(90_000);
  const editor = await signedInAs(browser, db, 'EDITOR', '事实台编辑二');
  const yearbook = await db.sourceDocument.findUniqueOrThrow({ where: { slug: 'jiangbei-yearbook-2020' } });
  await editor.goto(`/admin/sources/${yearbook.id}/desk?show=names`);
  await expect(editor.getByText(/已处理 \d+\/\d+/)).toBeVisible();
  await editor.setViewportSize({ width: 390, height: 844 });
  await editor.screenshot({ path: 'test-results/screenshots/admin-fact-desk-phone.png', fullPage: true });
  expect(await violations(editor), 'fact desk at phone width').toEqual([]);
  await editor.setViewportSize({ width: 1280, height: 900 });
  const sentence = '10月26日,重庆市江北区与成都市青羊区签订推动成渝地区双城经济圈建设友好城市合作协议';
  let found = false;
  for (let page = 1; page <= 3 && !found; page += 1) {
    await editor.goto(`/admin/sources/${yearbook.id}/desk?show=names&page=${page}`);
    found = (await editor.locator('.desk-item__text', { hasText: sentence }).count()) > 0;
  }
  expect(found).toBe(true);
  // Already cited by the seeded agreement: the desk links it.
  const item = editor.locator('.desk-item', { hasText: sentence });
  await expect(item.getByRole('link', { name: /友好城市合作协议/ }).first()).toBeVisible();
  await selectWithoutMouse(editor, sentence);
  const panel = item.getByRole('region', { name: '处理所选原文' });
  await expect(panel).toContainText(`所选原文：「${sentence}」`);
  await editor.screenshot({ path: 'test-results/screenshots/admin-fact-desk-selection.png', fullPage: true });
  await item.getByRole('link', { name: '新建协议' }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('新建协议');
  await expect(editor.getByText('已根据所选原文预填')).toBeVisible();
  await expect(editor.getByLabel('协议名称')).toHaveValue('推动成渝地区双城经济圈建设友好城市合作协议');
  await expect(editor.getByLabel('签署日期（可选）')).toHaveValue('2020-10-26');
  await expect(editor.getByLabel('合作地区（可选）')).toHaveValue(
    (await db.organisation.findUniqueOrThrow({ where: { slug: 'chengdu-qingyang' } })).id,
  );
  await expect(editor.locator('.citations__item')).toContainText(sentence);
  await editor.screenshot({ path: 'test-results/screenshots/admin-agreement-prefilled.png', fullPage: true });

  // 加到已有记录: the agreement the sentence names is found, and its form opens with the quote added.
  // This time the words are selected with a mouse drag.
  await editor.goBack();
  const words = '重庆市江北区与成都市青羊区签订推动成渝地区双城经济圈建设友好城市合作协议';
  await selectWithMouse(editor, words);
  await expect(panel).toContainText(`所选原文：「${words}」`);
  await item.getByRole('link', { name: '加到已有记录' }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('加到已有记录');
  await editor.getByRole('link', { name: '推动成渝地区双城经济圈建设友好城市合作协议' }).click();
  await expect(editor.getByText('所选原文已加入下方“引文”')).toBeVisible();
  const added = editor.locator('.citations__item', { hasText: '重庆市江北区与成都市青羊区签订推动' });
  await expect(added.last()).toContainText('重庆市江北区与成都市青羊区签订推动成渝地区双城经济圈建设友好城市合作协议');
  await editor.screenshot({ path: 'test-results/screenshots/admin-attach-quote.png', fullPage: true });
});

test('with the keyboard alone, 处理这条 opens a whole statement and 新建项目 its prefilled form', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const project = `鸿恩${run}大道工程`;
  const sentence = `2021年10月,江北区开工建设${project},全长3.2公里。`;
  const title = `江北区重点项目（节选）${run}`;
  const editor = await signedInAs(browser, db, 'EDITOR', '事实台键盘编辑');
  const reviewer = await signedInAs(browser, db, 'REVIEWER', '事实台键盘审核');
  const documentUrl = await importApproved(
    editor,
    reviewer,
    title,
    `key-projects-${run}`,
    `【重点项目】 ${sentence}\n`,
  );

  await editor.goto(documentUrl);
  await editor.getByRole('link', { name: '事实台' }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`事实台：${title}`);
  const item = editor.locator('.desk-item', { hasText: project });
  const handle = item.getByRole('button', { name: '处理这条' });
  await editor.locator('body').focus();
  await tabTo(editor, handle);
  await editor.keyboard.press('Enter');
  await expect(item.getByRole('button', { name: '收起' })).toHaveAttribute('aria-expanded', 'true');
  const panel = item.getByRole('region', { name: '处理所选原文' });
  await expect(panel).toContainText('整条语句：「');
  await expect(panel).toContainText(sentence);
  await editor.screenshot({ path: 'test-results/screenshots/admin-fact-desk-keyboard.png', fullPage: true });
  await tabTo(editor, panel.getByRole('link', { name: '新建项目' }), 10);
  await editor.keyboard.press('Enter');
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('新建项目');
  await expect(editor.getByText('已根据所选原文预填')).toBeVisible();
  // The quote is the project's citation, and the date it states opens a milestone with it.
  await expect(editor.getByRole('group', { name: '项目引文' }).locator('.citations__item')).toContainText(sentence);
  await expect(editor.getByRole('group', { name: '进展节点' }).locator('.citations__item')).toContainText(sentence);
});
