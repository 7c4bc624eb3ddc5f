// Issue 13 in a real browser: an editor records a 进展 (stage) discrepancy on a seeded project
// between two of its own citations (one chosen from the list, one found by words of its quote with
// the keyboard), a reviewer approves it, and the public project page shows both statements;
// removing it again asks for confirmation first; the citation search refuses anonymous callers.
// The agreement and organisation forms have the same 来源分歧 section: one discrepancy each,
// recorded, approved by another user and shown on the agreement's and the partner's public page.
import { expect, request, test } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import {
  addDiscrepancy,
  approveChange,
  ownStatement,
  publishedDiscrepancies,
  publishedDiscrepancy,
  saveAndSubmit,
  searchedStatement,
  statementOf,
} from '../helpers/record-change';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();
const SLUG = 'jiangbeizui-riverside-park';
// Another run's start empties test-results; E2E_SCREENSHOT_DIR keeps the pictures elsewhere.
const shots = process.env.E2E_SCREENSHOT_DIR ?? 'test-results/screenshots';
const NOTE = '一处说这里已变身滨江公园，另一处说已相继开放，两种说法都指已建成可用，均不作首选。';

test.afterAll(async () => {
  await db.$disconnect();
});

test('an editor records a stage discrepancy between two citations of a project; approved, it is public', async ({
  browser,
  baseURL,
}) => {
  const project = await db.project.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true, citations: { orderBy: { sortOrder: 'asc' }, select: { id: true, exact: true } } },
  });
  const built = project.citations.find((c) => c.exact.includes('已变身'))!;

  const editor = await signedInAs(browser, db, 'EDITOR', '分歧编辑');
  await editor.goto(`/admin/projects/${project.id}/edit`);
  const section = editor.locator('#discrepancies');
  const item = await addDiscrepancy(editor, '进展', NOTE);

  // Saving without the statements: each message sits by its field and the note is kept.
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(item.getByText('请为这条表述选择一条引文').first()).toBeVisible();
  await expect(item.getByText('请填写该文件的说法').first()).toBeVisible();
  await expect(item.getByLabel('说明')).toHaveValue(NOTE);

  const [first, second] = [statementOf(item, 0), statementOf(item, 1)];
  await ownStatement(first, 1, built, '已建成');
  await expect(first.locator('blockquote')).toContainText('已变身集健身、游憩、观景于一体');

  // The second statement is found by words of its quote, from the keyboard alone.
  await second.getByRole('button', { name: '搜索其他记录的引文' }).focus();
  await editor.keyboard.press('Enter');
  await second.getByLabel('引文中的文字').fill('相继开放');
  const [search] = await Promise.all([
    editor.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined),
    editor.keyboard.press('Enter'),
  ]);
  const hit = second.getByRole('listitem').filter({ hasText: '项目「江北嘴滨江公园」' });
  await expect(hit).toHaveCount(1);
  await hit.getByRole('button', { name: '选用' }).focus();
  await editor.keyboard.press('Enter');
  await expect(second.locator('blockquote')).toContainText('相继开放');
  await second.getByLabel('该文件的说法').fill('已开放');

  await section.screenshot({ path: `${shots}/admin-discrepancy-form.png` });
  await editor.setViewportSize({ width: 390, height: 844 });
  await section.screenshot({ path: `${shots}/admin-discrepancy-form-390.png` });
  await editor.setViewportSize({ width: 1280, height: 720 });

  const changeUrl = await saveAndSubmit(editor, /江北嘴滨江公园/);
  // Not public before the review.
  await editor.goto(`/projects/${SLUG}`);
  await expect(editor.getByText(NOTE)).toHaveCount(0);

  const reviewer = await signedInAs(browser, db, 'REVIEWER', '分歧审核员');
  await reviewer.goto(changeUrl);
  await expect(reviewer.getByRole('row', { name: /来源分歧 进展 › 说明/ })).toContainText(NOTE);
  await expect(reviewer.getByRole('row', { name: /表述 「已开放」 › 引文/ })).toContainText('相继开放');
  await approveChange(reviewer);

  const reader = await browser.newPage();
  await reader.goto(`/projects/${SLUG}`);
  const published = publishedDiscrepancies(reader);
  await expect(published).toContainText(NOTE);
  await expect(published.locator('.discrepancy__side')).toHaveText([/已建成/, /已开放/]);
  await published.screenshot({ path: `${shots}/public-record-discrepancy.png` });
  await reader.setViewportSize({ width: 390, height: 844 });
  await published.screenshot({ path: `${shots}/public-record-discrepancy-390.png` });
  await reader.close();

  // Removing a saved discrepancy asks first; 取消 keeps it as it was.
  await editor.goto(`/admin/projects/${project.id}/edit`);
  const saved = editor.locator('#discrepancies').getByRole('group', { name: '来源分歧 1' });
  await saved.getByRole('button', { name: '删除此分歧' }).click();
  await expect(saved.getByText('删除后经审核批准将从公开页面撤下')).toBeVisible();
  await saved.getByRole('button', { name: '取消' }).click();
  await expect(saved.getByLabel('说明')).toHaveValue(NOTE);

  // The citation search is an editor's action: replayed without a session it finds nothing.
  const anonymous = await request.newContext({ baseURL });
  const headers = await search.allHeaders();
  const replay = await anonymous.post(search.url(), {
    headers: {
      'content-type': headers['content-type']!,
      'next-action': headers['next-action']!,
      accept: 'text/x-component',
      origin: baseURL!,
    },
    data: search.postData()!,
  });
  const answer = await replay.text();
  expect(answer).toContain('请先登录');
  expect(answer).not.toContain('塔山公园等相继开放');
  await anonymous.dispose();
});

test('an editor records how two documents describe an agreement differently; approved, the agreement page shows it', async ({
  browser,
}) => {
  const slug = 'bazhong-jiangbei-friendship-city-strategic-cooperation';
  const note =
    '年鉴条目说两地人民政府签署友好城市战略合作协议，2021年4月的报道说与巴中等地建立友好协同发展合作关系；协议以年鉴条目为准。';
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { slug },
    select: { id: true, citations: { select: { id: true, exact: true } } },
  });
  const signed = agreement.citations.find((c) => c.exact.includes('签署友好城市战略合作协议'))!;

  const editor = await signedInAs(browser, db, 'EDITOR', '协议分歧编辑');
  await editor.goto(`/admin/agreements/${agreement.id}/edit`);
  const item = await addDiscrepancy(editor, '合作形式', note);
  // One of the agreement's own quotes, preferred, against the partner city's quote of another document.
  await ownStatement(statementOf(item, 0), 1, signed, '签署友好城市战略合作协议');
  await statementOf(item, 0).getByLabel('优先采用').check();
  await searchedStatement(
    statementOf(item, 1),
    '友好协同发展合作关系',
    '机构「四川省巴中市」',
    '建立友好协同发展合作关系',
  );
  const changeUrl = await saveAndSubmit(editor, /巴中市人民政府友好城市战略合作协议/);

  const reader = await browser.newPage();
  await reader.goto(`/agreements/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('友好城市战略合作协议');
  await expect(reader.getByText(note)).toHaveCount(0);

  const reviewer = await signedInAs(browser, db, 'REVIEWER', '协议分歧审核员');
  await reviewer.goto(changeUrl);
  await expect(reviewer.getByRole('row', { name: /来源分歧 合作形式 › 说明/ })).toContainText(note);
  await approveChange(reviewer);

  await reader.goto(`/agreements/${slug}`);
  const published = publishedDiscrepancy(reader, note);
  await expect(published).toContainText(note);
  await expect(published.locator('.discrepancy__side')).toHaveText([
    /签署友好城市战略合作协议\s*优先采用/,
    /建立友好协同发展合作关系/,
  ]);
  await expect(published.locator('.discrepancy__side').nth(1)).toContainText('江北区已与四川省巴中市');
  await reader.screenshot({ path: `${shots}/public-agreement-discrepancy.png`, fullPage: true });
  await reader.close();
});

test('an editor records a stage discrepancy about an organisation; approved, the partner page shows it', async ({
  browser,
}) => {
  const slug = 'xiaomi-consumer-finance';
  const note = '2020年1月的报道说公司正在筹建时落户江北，年鉴记述全年的工作说已落户；两处写的是不同时点，均不作首选。';
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { slug },
    select: { id: true, citations: { select: { id: true, exact: true } } },
  });
  const preparing = organisation.citations.find((c) => c.exact.includes('正在筹建'))!;
  const settled = organisation.citations.find((c) => c.exact === '小米消费金融落户')!;

  const editor = await signedInAs(browser, db, 'EDITOR', '机构分歧编辑');
  await editor.goto(`/admin/organisations/${organisation.id}/edit`);
  const item = await addDiscrepancy(editor, '进展', note);
  await ownStatement(statementOf(item, 0), 1, preparing, '筹建中');
  await ownStatement(statementOf(item, 1), 2, settled, '已落户');
  await expect(statementOf(item, 1).locator('blockquote')).toContainText('小米消费金融落户');
  const changeUrl = await saveAndSubmit(editor, /重庆小米消费金融有限公司/);

  const reader = await browser.newPage();
  await reader.goto(`/partners/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('重庆小米消费金融有限公司');
  await expect(reader.getByText(note)).toHaveCount(0);

  const reviewer = await signedInAs(browser, db, 'REVIEWER', '机构分歧审核员');
  await reviewer.goto(changeUrl);
  await expect(reviewer.getByRole('row', { name: /来源分歧 进展 › 说明/ })).toContainText(note);
  await approveChange(reviewer);

  await reader.goto(`/partners/${slug}`);
  const published = publishedDiscrepancy(reader, note);
  await expect(published).toContainText(note);
  await expect(published.locator('.discrepancy__side')).toHaveText([/筹建中/, /已落户/]);
  await expect(published.locator('.badge', { hasText: '优先采用' })).toHaveCount(0);
  await reader.screenshot({ path: `${shots}/public-organisation-discrepancy.png`, fullPage: true });
  await reader.close();
});
