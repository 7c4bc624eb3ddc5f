// The review workflow with two people in two browsers: an editor proposes a new citation for a
// metric observation, a reviewer sends it back with a comment, the editor revises and resubmits,
// the reviewer approves, and the public page, the history and the audit log all show it.
import { expect, test } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import { selectInSource } from '../helpers/picker';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

const QUOTE = '实现一般公共预算收入67.2亿元,总量位居全市行政区第1位';

test('a metric change goes from editor to reviewer and back, is approved, and is public with its history', async ({
  browser,
}) => {
  // Three people, two rounds of review and five pages checked: well within two minutes on a busy machine.
  test.setTimeout(120_000);
  const metric = await db.metric.findUniqueOrThrow({ where: { slug: 'general-public-budget-revenue' } });
  const editor = await signedInAs(browser, db, 'EDITOR', '流程编辑');
  const reviewer = await signedInAs(browser, db, 'REVIEWER', '流程审核员');
  const admin = await signedInAs(browser, db, 'ADMIN', '流程管理员');
  // The public page is cached before the change; the publish must refresh it.
  await reviewer.goto('/metrics/general-public-budget-revenue');
  // The observation table's row (the 名次 table below has a 2020年 row too).
  await expect(reviewer.locator('tr[id^="obs-"]', { hasText: '2020年' })).not.toContainText('年鉴摘要与正文均有记载');

  // The editor adds the abstract's sentence as a second citation of the 2020 value.
  await editor.goto('/admin/metrics?q=一般公共预算收入');
  await editor.getByRole('link', { name: '编辑 一般公共预算收入（亿元）' }).click();
  const observation = editor.getByRole('group', { name: '观测值 1' });
  await observation.getByRole('button', { name: '＋ 选择引文' }).click();
  const picker = editor.getByRole('dialog', { name: '选择引文' });
  await picker.getByLabel('原始文件').selectOption({ label: '江北区:防疫与发展兼顾,经济实力位居主城中心第1' });
  await picker.getByLabel('查找原文').fill(QUOTE);
  await picker.getByRole('button', { name: '查找' }).click();
  await expect(picker.getByText(/出现 2 次/)).toBeVisible();
  await selectInSource(editor, QUOTE, 0);
  await expect(picker.getByText('✓ 数值 67.2亿元 出现在引文中')).toBeVisible();
  await picker.getByRole('button', { name: '使用这段引文' }).click();
  // The seed's two (the yearbook's body and 000's “双第一”, audit R-000-M1) and the one added.
  await expect(observation.locator('.citations__item')).toHaveCount(3);
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();
  const changeUrl = editor.url();

  // The reviewer sees it in the queue, reads the diff and sends it back with a comment.
  await reviewer.goto('/admin/review');
  await expect(reviewer.getByRole('link', { name: /待审核\s*\d+/ })).toBeVisible();
  await reviewer.getByRole('link', { name: '一般公共预算收入' }).first().click();
  await expect(reviewer).toHaveURL(changeUrl);
  const citationRow = reviewer.getByRole('row', { name: /观测值 2020年 › 引文「实现一般公共预算收入67/ });
  await expect(citationRow).toContainText(QUOTE);
  // A comment on that one citation, shown next to it.
  await citationRow.getByRole('button', { name: /评论：观测值 2020年 › 引文「实现一般公共预算收入67/ }).click();
  await citationRow.getByLabel(/评论：/).fill('这句出自年鉴摘要，正文另有一处。');
  await citationRow.getByRole('button', { name: '发表评论' }).click();
  await expect(citationRow.locator('.field-comment')).toContainText('这句出自年鉴摘要');
  await expect(reviewer.getByText(/评论（观测值 2020年 › 引文「实现一般公共预算收入67.*」）/)).toBeVisible();
  await reviewer.screenshot({ path: 'test-results/screenshots/admin-change-comment.png', fullPage: true });
  await reviewer.getByLabel('退回修改').check();
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.getByText('退回修改或拒绝时请填写审核意见')).toBeVisible();
  await reviewer.getByLabel(/^意见/).fill('请在说明中写明摘要与正文均有记载。');
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.locator('.badge', { hasText: '退回修改' })).toBeVisible();

  // The editor sees the outcome and the comment, revises and resubmits.
  await editor.goto('/admin/changes');
  await expect(editor.getByRole('row', { name: /一般公共预算收入/ }).first()).toContainText('退回修改');
  await editor.goto(changeUrl);
  await expect(editor.getByText('请在说明中写明摘要与正文均有记载。')).toBeVisible();
  await expect(
    editor.getByRole('row', { name: /观测值 2020年 › 引文「实现一般公共预算收入67/ }).locator('.field-comment'),
  ).toContainText('这句出自年鉴摘要');
  await editor.getByRole('link', { name: '编辑', exact: true }).click();
  await editor.getByRole('group', { name: '观测值 1' }).getByLabel('说明（公开，可选）').fill('年鉴摘要与正文均有记载');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();

  // The reviewer approves the revised change.
  await reviewer.goto(changeUrl);
  await expect(reviewer.getByRole('row', { name: /观测值 2020年 › 说明/ })).toContainText('年鉴摘要与正文均有记载');
  await reviewer.getByLabel('批准并发布').check();
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();

  // The public metric page shows the value with its three citations and the note.
  await reviewer.goto('/metrics/general-public-budget-revenue');
  const row = reviewer.locator('tr[id^="obs-"]', { hasText: '2020年' });
  await expect(row).toContainText('67.2');
  await expect(row).toContainText('年鉴摘要与正文均有记载');
  // (A quote that also states the rank is marked beside both figures: count the quotes, not the marks.)
  const cited = await row.locator('.cite__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(new Set(cited).size).toBe(3);
  await reviewer.screenshot({ path: 'test-results/screenshots/metric-after-review.png', fullPage: true });

  // History shows both versions, compared.
  await editor.goto(`/admin/history/metrics/${metric.id}`);
  await expect(editor.getByRole('row', { name: /^第 2 版/ })).toContainText('流程审核员');
  await expect(editor.getByRole('row', { name: /^第 1 版/ })).toContainText('初始导入');
  await expect(editor.getByRole('row', { name: /观测值 2020年 › 说明/ })).toContainText('年鉴摘要与正文均有记载');
  await editor.screenshot({ path: 'test-results/screenshots/admin-history.png', fullPage: true });

  // The audit log shows every step of the change.
  await admin.goto(`/admin/audit?record=${metric.id}`);
  const actions = await admin.locator('.audit-table tbody tr td:nth-child(3) code').allTextContents();
  expect(actions.reverse()).toEqual([
    'change.create',
    'change.submit',
    'change.comment',
    'change.request_changes',
    'change.update',
    'change.submit',
    'change.approve',
    'record.publish',
  ]);
  // Each code comes with what it means.
  await expect(admin.getByRole('row', { name: /批准 change\.approve/ })).toBeVisible();
  await admin.screenshot({ path: 'test-results/screenshots/admin-audit.png', fullPage: true });
});
