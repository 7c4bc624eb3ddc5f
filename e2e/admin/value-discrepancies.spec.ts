// Issue 13 in a real browser: 数值分歧 in the metric form. The fact desk's 登记数值分歧 link opens
// the form with the candidate's values ticked; an editor writes the note (missing, it is asked for
// next to the field), submits; a reviewer sees the note and the values in the diff and approves;
// the public metric page sets the values side by side; removing the saved discrepancy asks first.
import { expect, test } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import { approveChange, publishedDiscrepancies, saveAndSubmit } from '../helpers/record-change';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();
const SLUG = 'investment-projects-signed';
// Another run's start empties test-results; E2E_SCREENSHOT_DIR keeps the pictures elsewhere.
const shots = process.env.E2E_SCREENSHOT_DIR ?? 'test-results/screenshots';
const NOTE = '“十三五”时期的1075个是五年累计，2022年的46个是当年数，口径不同，均不作首选。';

test.afterAll(async () => {
  await db.$disconnect();
});

test('an editor sets two values of a metric side by side; approved, the metric page shows them together', async ({
  browser,
}) => {
  const metric = await db.metric.findUniqueOrThrow({
    where: { slug: SLUG },
    select: {
      id: true,
      observations: { orderBy: { periodStart: 'asc' }, select: { id: true } },
    },
  });
  const [fiveYears, year2022] = metric.observations;

  const editor = await signedInAs(browser, db, 'EDITOR', '数值分歧编辑');
  await editor.goto(`/admin/metrics/${metric.id}/edit?group=${fiveYears!.id},${year2022!.id}#value-discrepancies`);
  await expect(editor.getByRole('status').filter({ hasText: '已在下方“数值分歧”中勾选' })).toBeVisible();
  const section = editor.locator('#value-discrepancies');
  const item = section.getByRole('group', { name: '数值分歧 1（新）' });
  const box = (label: RegExp) => item.getByRole('checkbox', { name: label });
  await expect(box(/^“十三五”时期 1075/)).toBeChecked();
  await expect(box(/^2022年 46/)).toBeChecked();
  await expect(box(/^2023年首批/)).not.toBeChecked();

  // Saving without the note: the message sits by the field and the ticks are kept.
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(item.getByText('请填写说明')).toBeVisible();
  await expect(box(/^2022年 46/)).toBeChecked();
  await item.getByLabel('说明').fill(NOTE);

  await section.screenshot({ path: `${shots}/admin-value-discrepancy-form.png` });
  await editor.setViewportSize({ width: 390, height: 844 });
  await section.screenshot({ path: `${shots}/admin-value-discrepancy-form-390.png` });
  await editor.setViewportSize({ width: 1280, height: 720 });

  const changeUrl = await saveAndSubmit(editor, /签约/);
  await editor.goto(`/metrics/${SLUG}`);
  await expect(editor.getByText(NOTE)).toHaveCount(0);

  const reviewer = await signedInAs(browser, db, 'REVIEWER', '数值分歧审核员');
  await reviewer.goto(changeUrl);
  await expect(reviewer.getByRole('row', { name: /数值分歧 .* › 说明/ })).toContainText(NOTE);
  await expect(reviewer.getByRole('row', { name: /所涉观测值/ }).first()).toContainText('1075');
  await reviewer.screenshot({ path: `${shots}/admin-value-discrepancy-review.png`, fullPage: true });
  await approveChange(reviewer);

  const reader = await browser.newPage();
  await reader.goto(`/metrics/${SLUG}`);
  const published = publishedDiscrepancies(reader);
  await expect(published).toContainText(NOTE);
  await expect(published).toContainText('1075');
  await expect(published).toContainText('46');
  await published.screenshot({ path: `${shots}/public-value-discrepancy.png` });
  await reader.setViewportSize({ width: 390, height: 844 });
  await published.screenshot({ path: `${shots}/public-value-discrepancy-390.png` });
  await reader.close();

  // Removing the saved discrepancy asks first; 取消 keeps it as it was.
  await editor.goto(`/admin/metrics/${metric.id}/edit`);
  const saved = editor.locator('#value-discrepancies').getByRole('group', { name: '数值分歧 1' });
  await expect(saved.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await saved.getByRole('button', { name: '删除此分歧' }).click();
  await expect(saved.getByText('删除后经审核批准将从公开页面撤下')).toBeVisible();
  await saved.getByRole('button', { name: '取消' }).click();
  await expect(saved.getByLabel('说明')).toHaveValue(NOTE);
});
