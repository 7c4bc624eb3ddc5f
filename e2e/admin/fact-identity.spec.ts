// Facts keep their identity through review (issue 12). An editor corrects one value of 地区生产总值,
// adds a 2021 value citing a sentence about 2022, and withdraws the 2019 value. The period check
// asks for a reason; the reviewer sees exactly the three facts, labelled by period, each quote in
// its context with the number highlighted and the period warning, and must choose a decision. The
// public history then lists the change, and the withdrawn citation's old link explains itself.
import { expect, test, type Page } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import { selectInSource } from '../helpers/picker';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();
const WRONG_YEAR_QUOTE = '全区预计实现地区生产总值1600亿元左右';
const REASON = '更正2022年增速，补充2021年数据，撤回重复的2019年数据';

test.afterAll(async () => {
  await db.$disconnect();
});

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/screenshots/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('three fact edits are reviewed fact by fact with their evidence, and the public history lists them', async ({
  browser,
}) => {
  // Two people, a picker, a review and four public pages: well within two minutes on a busy machine.
  test.setTimeout(120_000);
  const metric = await db.metric.findUniqueOrThrow({ where: { slug: 'gdp' } });
  const withdrawnObservation = await db.observation.findFirstOrThrow({
    where: { metricId: metric.id, periodLabel: '2019年' },
    include: { citations: { orderBy: { sortOrder: 'asc' } } },
  });
  const withdrawnCitation = withdrawnObservation.citations[0]!;
  const kept = await db.citation.findMany({
    where: { observation: { metricId: metric.id, id: { not: withdrawnObservation.id } } },
    select: { id: true },
  });
  const editor = await signedInAs(browser, db, 'EDITOR', '事实编辑');
  const reviewer = await signedInAs(browser, db, 'REVIEWER', '事实审核员');

  // The editor works in the whole-metric form: 2016, 2019, 2020 and 2022 are observations 1–4.
  await editor.goto(`/admin/metrics/${metric.id}/edit`);
  await editor.getByRole('group', { name: '观测值 4' }).getByLabel('增速 %（可选）').fill('');
  await editor.getByRole('group', { name: '观测值 2' }).getByRole('button', { name: '删除此观测值' }).click();
  await editor.getByRole('button', { name: '＋ 添加观测值' }).click();
  const added = editor.getByRole('group', { name: '观测值 4' });
  await added.getByLabel('时期', { exact: true }).fill('2021');
  await added.getByLabel('时期说明').fill('2021年');
  await added.getByLabel('数值', { exact: true }).fill('1600');
  await added.getByLabel(/^限定/).selectOption({ label: '约数' });
  await added.getByLabel(/^性质/).selectOption({ label: '预计' });
  await added.getByRole('button', { name: '＋ 选择引文' }).click();
  const picker = editor.getByRole('dialog', { name: '选择引文' });
  await picker.getByLabel('原始文件').selectOption({ label: '江北 将“愿景画”转化为“实景图”' });
  await selectInSource(editor, WRONG_YEAR_QUOTE);
  await picker.getByRole('button', { name: '使用这段引文' }).click();
  await editor.getByLabel('修改原因（公开）').fill(REASON);
  await editor.getByRole('button', { name: '保存草稿' }).click();

  // The period check finds 2022 around the quote: the editor must explain, and nothing typed is lost.
  const reasonField = added.getByLabel('时期核验理由');
  await expect(reasonField).toBeVisible();
  await expect(added.getByText(/2022年.*2021年/)).toBeVisible();
  await expect(added.getByLabel('数值', { exact: true })).toHaveValue('1600');
  await reasonField.fill('测试：核对时故意保留的错误年份');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();
  const changeUrl = editor.url();

  // The reviewer sees exactly three facts changed, each named by its period.
  await reviewer.goto(changeUrl);
  const labels = await reviewer.locator('.diff-table').first().locator('tbody th[scope="row"]').allTextContents();
  expect(new Set(labels.map((label) => label.split(' › ')[0]))).toEqual(
    new Set(['观测值 2019年', '观测值 2021年', '观测值 2022年']),
  );
  await expect(reviewer.getByRole('row', { name: /观测值 2019年 › 数值/ })).toContainText('1240');
  await expect(reviewer.getByRole('row', { name: /观测值 2022年 › 增速 %/ })).toContainText('3');
  // The new value's evidence: the quote in its sentence, 1600亿元 highlighted, the period warning.
  const evidence = reviewer.getByRole('article', { name: '核验：观测值 2021年' });
  await expect(evidence.locator('blockquote')).toContainText('2022年江北区营商环境测评跃居主城区第一');
  await expect(evidence.locator('mark .evidence__number')).toHaveText(/1600亿元/);
  await expect(evidence.getByRole('note')).toContainText('2022年');
  await expect(evidence.getByRole('note')).toContainText('测试：核对时故意保留的错误年份');
  await expect(reviewer.getByText(REASON)).toBeVisible();
  await shoot(reviewer, 'admin-change-facts');

  // No decision is preselected.
  await expect(reviewer.getByLabel('批准并发布')).not.toBeChecked();
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.getByText('请选择审核决定')).toBeVisible();
  await reviewer.getByLabel('批准并发布').check();
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();

  // Every other citation kept its id; the withdrawn one is gone.
  const after = await db.citation.findMany({ where: { id: { in: kept.map((c) => c.id) } }, select: { id: true } });
  expect(after).toHaveLength(kept.length);
  expect(await db.citation.count({ where: { id: withdrawnCitation.id } })).toBe(0);

  // The public page marks the corrected figure and links to the history.
  await reviewer.goto('/metrics/gdp');
  await expect(reviewer.getByRole('row', { name: /2022年/ }).getByRole('link', { name: /更正/ })).toBeVisible();
  await shoot(reviewer, 'metric-corrected');
  // The public history lists the change with its reason and the three facts.
  await reviewer.getByRole('link', { name: '修改历史' }).click();
  await expect(reviewer).toHaveURL(/\/metrics\/gdp\/history$/);
  const latest = reviewer.locator('.history-entry').first();
  await expect(latest).toContainText(REASON);
  await expect(latest.getByRole('row', { name: /观测值 2019年 › 数值/ })).toContainText('1240');
  await expect(latest.getByRole('row', { name: /观测值 2021年 › 数值/ })).toContainText('1600');
  await shoot(reviewer, 'public-history');

  // The withdrawn citation's old link shows when and why, at its old anchor and at its permalink.
  const source = await db.sourceDocument.findFirstOrThrow({
    where: { versions: { some: { id: withdrawnCitation.sourceVersionId } } },
  });
  await reviewer.goto(`/sources/${source.slug}#cite-${withdrawnCitation.id}`);
  const notice = reviewer.locator(`#cite-${withdrawnCitation.id}`);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(REASON);
  await expect(notice.getByRole('link', { name: /修改历史/ })).toHaveAttribute('href', '/metrics/gdp/history');
  await reviewer.screenshot({ path: 'test-results/screenshots/source-withdrawn-notice.png' });
  await reviewer.goto(`/citations/${withdrawnCitation.id}`);
  await expect(reviewer.getByRole('heading', { name: '引文已撤回' })).toBeVisible();
  await reviewer.goto(`/citations/${kept[0]!.id}`);
  await expect(reviewer).toHaveURL(new RegExp(`/sources/.+#cite-${kept[0]!.id}$`));
});

test('one observation is corrected on its own small form, and the change touches only it', async ({ browser }) => {
  const metric = await db.metric.findUniqueOrThrow({ where: { slug: 'schools-built-or-expanded' } });
  const observation = await db.observation.findFirstOrThrow({ where: { metricId: metric.id } });
  const editor = await signedInAs(browser, db, 'EDITOR', '单项编辑');
  // Readers never see the 编辑 links; a signed-in editor does, beside each figure.
  const reader = await browser.newPage();
  await reader.goto(`/metrics/${metric.slug}`);
  await expect(reader.getByRole('link', { name: '编辑' }).first()).toBeHidden();
  await reader.close();
  await editor.goto(`/metrics/${metric.slug}`);
  await editor
    .getByRole('row', { name: new RegExp(observation.periodLabel) })
    .getByRole('link', { name: '编辑' })
    .click();
  await expect(
    editor.getByRole('heading', { name: new RegExp(`修改观测值：.*${observation.periodLabel}`) }),
  ).toBeVisible();
  await editor.getByLabel('说明（公开，可选）').fill('含新建和改扩建');
  await editor.getByLabel('给审核人的说明（不公开）').fill('只补充说明');
  await shoot(editor, 'admin-one-fact-form');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByRole('button', { name: '提交审核' })).toBeVisible();
  const rows = await editor.locator('.diff-table').first().locator('tbody th[scope="row"]').allTextContents();
  expect(rows).toEqual([`观测值 ${observation.periodLabel} › 说明（新增）`]);
  await expect(editor.getByText('只补充说明')).toBeVisible();

  // A project's measures, milestones and parties have the same small forms.
  const project = await db.project.findFirstOrThrow({ where: { parties: { some: {} }, measures: { some: {} } } });
  await editor.goto(`/admin/projects/${project.id}/edit`);
  await expect(editor.getByRole('heading', { name: '逐项修改规模与数量' })).toBeVisible();
  await editor.getByRole('link', { name: '＋ 添加一个参与机构' }).click();
  await expect(editor.getByRole('heading', { name: /^添加参与机构：/ })).toBeVisible();
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByText('请选择机构')).toBeVisible();
});
