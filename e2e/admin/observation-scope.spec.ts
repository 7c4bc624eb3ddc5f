// An observation's 统计范围 from the metric form to the reader: an editor names the narrower subject
// a figure is about, another user approves it, and the metric page shows the scope beside the value.
// The observation's fields are found by their labels within its group (观测值 1), so sections added
// to the metric form around it do not move them.
import { expect, test, type Page } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import { approveChange, saveAndSubmit } from '../helpers/record-change';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();
// Another run's start empties test-results; E2E_SCREENSHOT_DIR keeps the pictures elsewhere.
const shots = process.env.E2E_SCREENSHOT_DIR ?? 'test-results/screenshots';
// 市级以上研发平台80家: the quote's sentence is about 港城、鱼复两大园区, not the whole district.
const SLUG = 'rd-platforms-municipal-or-above';
const SCOPE = '港城、鱼复两大园区';

test.afterAll(async () => {
  await db.$disconnect();
});

test('a scope set on an observation is published beside its value on the metric page', async ({ browser }) => {
  const metric = await db.metric.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true, nameZh: true, observations: { select: { periodLabel: true, value: true, scope: true } } },
  });
  expect(metric.observations).toHaveLength(1);
  const [observation] = metric.observations;
  expect(observation!.scope).toBeNull();
  const row = (page: Page) => page.locator('.observation-table tbody tr', { hasText: observation!.periodLabel });

  const reader = await browser.newPage();
  await reader.goto(`/metrics/${SLUG}`);
  await expect(row(reader).locator('td[data-label="数值"]')).toContainText('80');
  await expect(reader.locator('.scope-tag')).toHaveCount(0);

  const editor = await signedInAs(browser, db, 'EDITOR', '范围编辑');
  await editor.goto(`/admin/metrics/${metric.id}/edit`);
  const group = editor.getByRole('group', { name: '观测值 1' });
  await expect(group.getByLabel('数值', { exact: true })).toHaveValue('80');
  await group.getByLabel('统计范围（可选）').fill(SCOPE);
  const changeUrl = await saveAndSubmit(editor, new RegExp(metric.nameZh));

  const reviewer = await signedInAs(browser, db, 'REVIEWER', '范围审核员');
  await reviewer.goto(changeUrl);
  await expect(reviewer.getByRole('row', { name: /统计范围/ })).toContainText(SCOPE);
  await approveChange(reviewer);

  await reader.goto(`/metrics/${SLUG}`);
  const value = row(reader).locator('td[data-label="数值"]');
  await expect(value).toContainText('80');
  await expect(value.locator('.scope-tag')).toHaveText(SCOPE);
  await reader.screenshot({ path: `${shots}/public-metric-scope.png`, fullPage: true });
  await reader.close();
});
