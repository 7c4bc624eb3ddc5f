// A project's 别名 from the admin form to the reader: an editor adds another name that one of the
// project's own quotes writes, another user approves it, and the project page lists it under 又称
// while the site search finds the project by it; an alias no quote of the project writes is
// refused next to the field, with the typed text kept.
import { expect, test } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import { approveChange, saveAndSubmit } from '../helpers/record-change';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();
// Another run's start empties test-results; E2E_SCREENSHOT_DIR keeps the pictures elsewhere.
const shots = process.env.E2E_SCREENSHOT_DIR ?? 'test-results/screenshots';
const SLUG = 'china-singapore-strategic-connectivity-project';
const NAME = '中新(重庆)战略性互联互通示范项目';
// Written in one of its quotes: 更好融入自贸试验区、中新互联互通示范项目等国家级政策性平台功能.
const ALIAS = '中新互联互通示范项目';

test.afterAll(async () => {
  await db.$disconnect();
});

const projectOf = () =>
  db.project.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true, aliases: true, citations: { select: { exact: true } } },
  });

test('an alias one of the project’s quotes writes is published under 又称 and found by the site search', async ({
  browser,
}) => {
  const project = await projectOf();
  // Neither its name, description nor location contains the alias: only the alias can find it.
  expect(project.aliases).not.toContain(ALIAS);
  const aliases = [...project.aliases, ALIAS].join('、');
  expect(project.citations.some((c) => c.exact.includes(ALIAS))).toBe(true);

  const reader = await browser.newPage();
  const search = async () => {
    await reader.goto('/');
    const box = reader.getByRole('banner').getByRole('search');
    await box.getByLabel('搜索指标、项目、协议和原始文件').fill(ALIAS);
    await box.getByRole('button', { name: '搜索' }).click();
    await expect(reader).toHaveURL(/\/search\?q=/);
    // The search ran: the document that writes the alias is always found.
    await expect(reader.getByRole('region', { name: /原始文件/ })).toBeVisible();
    return reader.getByRole('main').getByRole('link', { name: NAME, exact: true });
  };
  await expect(await search()).toHaveCount(0);

  const editor = await signedInAs(browser, db, 'EDITOR', '别名编辑');
  await editor.goto(`/admin/projects/${project.id}/edit`);
  const field = editor.getByLabel('别名（可选）');
  await expect(field).toHaveValue(project.aliases.join('、'));
  await field.fill(aliases);
  const changeUrl = await saveAndSubmit(editor, /中新\(重庆\)战略性互联互通示范项目/);

  const reviewer = await signedInAs(browser, db, 'REVIEWER', '别名审核员');
  await reviewer.goto(changeUrl);
  await expect(reviewer.getByRole('row', { name: /别名/ })).toContainText(ALIAS);
  await approveChange(reviewer);

  await reader.goto(`/projects/${SLUG}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(NAME);
  await expect(reader.locator('.project-aliases')).toHaveText(`又称 ${aliases}`);
  await reader.screenshot({ path: `${shots}/public-project-alias.png`, fullPage: true });

  const hit = await search();
  await expect(hit).toHaveAttribute('href', `/projects/${SLUG}`);
  // The hit says why it matched.
  const item = reader
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: reader.getByRole('link', { name: NAME }) });
  await expect(item).toContainText(`又称 ${ALIAS}`);
  await reader.screenshot({ path: `${shots}/public-search-alias.png`, fullPage: true });
  await reader.close();
});

test('an alias none of the project’s quotes writes is refused next to the field, the typed text kept', async ({
  browser,
}) => {
  // One signed-in user and one refused save: 4.3 s measured; the default 30 s is ample.
  const project = await projectOf();
  const typed = `${ALIAS}、中新合作旗舰项目`;
  expect(project.citations.some((c) => c.exact.includes('中新合作旗舰项目'))).toBe(false);

  const editor = await signedInAs(browser, db, 'EDITOR', '别名编辑');
  await editor.goto(`/admin/projects/${project.id}/edit`);
  const field = editor.getByLabel('别名（可选）');
  await field.fill(typed);
  await editor.getByRole('button', { name: '保存草稿' }).click();
  // The message is the field's own (tied to it by aria-describedby) and names the alias.
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('别名“中新合作旗舰项目”未出现在任何一条引文中，请先引用写到它的原文');
  await expect(field).toHaveValue(typed);
  // Nothing was saved: the editor is still on the form and the record keeps the aliases it had.
  await expect(editor).toHaveURL(new RegExp(`/admin/projects/${project.id}/edit$`));
  expect((await projectOf()).aliases).not.toContain('中新合作旗舰项目');
});
