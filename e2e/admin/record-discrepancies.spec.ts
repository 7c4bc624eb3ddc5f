// Issue 13 in a real browser: an editor records a 进展 (stage) discrepancy on a seeded project
// between two of its own citations (one chosen from the list, one found by words of its quote with
// the keyboard), a reviewer approves it, and the public project page shows both statements;
// removing it again asks for confirmation first; the citation search refuses anonymous callers.
import { expect, request, test } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
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
  // Two signed-in users, a search and a publish: about 20 s on an idle machine.
  test.setTimeout(60_000);
  const project = await db.project.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true, citations: { orderBy: { sortOrder: 'asc' }, select: { id: true, exact: true } } },
  });
  const built = project.citations.find((c) => c.exact.includes('已变身'))!;

  const editor = await signedInAs(browser, db, 'EDITOR', '分歧编辑');
  await editor.goto(`/admin/projects/${project.id}/edit`);
  const section = editor.locator('#discrepancies');
  await section.getByRole('button', { name: '＋ 添加来源分歧' }).click();
  const item = section.getByRole('group', { name: '来源分歧 1（新）' });
  await item.getByLabel('分歧所涉方面').selectOption({ label: '进展' });
  await item.getByLabel('说明').fill(NOTE);

  // Saving without the statements: each message sits by its field and the note is kept.
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(item.getByText('请为这条表述选择一条引文').first()).toBeVisible();
  await expect(item.getByText('请填写该文件的说法').first()).toBeVisible();
  await expect(item.getByLabel('说明')).toHaveValue(NOTE);

  const [first, second] = [item.getByRole('listitem').nth(0), item.getByRole('listitem').nth(1)];
  await first.getByLabel('表述 1 的引文').selectOption(built.id);
  await first.getByLabel('该文件的说法').fill('已建成');
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

  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByRole('heading', { name: /江北嘴滨江公园/ })).toBeVisible();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();
  const changeUrl = editor.url();
  // Not public before the review.
  await editor.goto(`/projects/${SLUG}`);
  await expect(editor.getByText(NOTE)).toHaveCount(0);

  const reviewer = await signedInAs(browser, db, 'REVIEWER', '分歧审核员');
  await reviewer.goto(changeUrl);
  await expect(reviewer.getByRole('row', { name: /来源分歧 进展 › 说明/ })).toContainText(NOTE);
  await expect(reviewer.getByRole('row', { name: /表述 「已开放」 › 引文/ })).toContainText('相继开放');
  await reviewer.getByLabel('批准并发布').check();
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();

  const reader = await browser.newPage();
  await reader.goto(`/projects/${SLUG}`);
  const published = reader.locator('section', { has: reader.getByRole('heading', { name: '来源之间的差异' }) });
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
