// The editorial journey in a real browser: an editor proposes, a reviewer decides, the public sees
// only what was approved; field errors keep typed values; a stale save names the other editor.
import { expect, test } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import { selectInSource } from '../helpers/picker';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

test('an editor creates a project with a citation picked by selecting text; a reviewer approves it', async ({
  browser,
}) => {
  const slug = `e2e-picked-${Date.now().toString(36)}`;
  const editor = await signedInAs(browser, db, 'EDITOR', '选文编辑');
  await editor.goto('/admin/projects/new');
  await editor.getByLabel('项目名称').fill('江北区2023年首批重点项目（端到端）');
  await editor.getByLabel('网址标识').fill(slug);
  await editor.getByLabel('专题').selectOption({ label: '招商引资与重点项目' });
  await editor.getByLabel('原文给出了投资额').check();
  await editor.getByLabel('金额').fill('302.5');

  await editor.getByRole('button', { name: '＋ 选择引文' }).first().click();
  const picker = editor.getByRole('dialog', { name: '选择引文' });
  await picker.getByLabel('原始文件').selectOption({ label: '江北 将“愿景画”转化为“实景图”' });
  // A passage without the amount first: the picker says the value is missing.
  await selectInSource(editor, '江北区2023年首批42个重点项目签约');
  await expect(picker.getByText('✗ 引文中没有数值 302.5亿元')).toBeVisible();
  await selectInSource(editor, '江北区2023年首批42个重点项目签约，投资总金额302.5亿元');
  await expect(picker.getByText(/✓ 引文已在原文中核实/)).toBeVisible();
  await expect(picker.getByText('✓ 数值 302.5亿元 出现在引文中')).toBeVisible();
  await editor.screenshot({ path: 'test-results/screenshots/admin-citation-picker.png' });
  await picker.getByRole('button', { name: '使用这段引文' }).click();
  await expect(editor.locator('.citations__item q')).toHaveText(
    '江北区2023年首批42个重点项目签约，投资总金额302.5亿元',
  );

  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByRole('heading', { name: /新建项目：江北区2023年首批重点项目（端到端）/ })).toBeVisible();
  await editor.getByRole('button', { name: '提交审核' }).click();
  await expect(editor.locator('.badge', { hasText: '待审核' })).toBeVisible();
  const changeUrl = editor.url();
  // Nothing public yet.
  expect((await editor.request.get(`/projects/${slug}`)).status()).toBe(404);

  const reviewer = await signedInAs(browser, db, 'REVIEWER', '端到端审核员');
  await reviewer.goto('/admin/review');
  await reviewer.getByRole('link', { name: '江北区2023年首批重点项目（端到端）' }).click();
  await expect(reviewer).toHaveURL(changeUrl);
  await expect(reviewer.getByRole('row', { name: /引文「江北区2023年首批42个/ })).toContainText('投资总金额302.5亿元');
  await reviewer.screenshot({ path: 'test-results/screenshots/admin-review.png', fullPage: true });
  await reviewer.getByLabel('批准并发布').check();
  await reviewer.getByRole('button', { name: '提交审核决定' }).click();
  await expect(reviewer.locator('.badge', { hasText: '已发布' })).toBeVisible();

  const response = await reviewer.goto(`/projects/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(reviewer.getByRole('heading', { level: 1 })).toContainText('江北区2023年首批重点项目（端到端）');
});

test('bad input shows a message next to each field and keeps what was typed', async ({ browser }) => {
  const editor = await signedInAs(browser, db, 'EDITOR', '粗心编辑');
  await editor.goto('/admin/projects/new');
  await editor.getByLabel('项目名称').fill('名称保留测试');
  await editor.getByLabel('网址标识').fill('Not A Slug');
  await editor.getByLabel('原文给出了投资额').check();
  await editor.getByLabel('金额').fill('-5');
  await editor.getByRole('button', { name: '＋ 添加节点' }).click();
  await editor.getByLabel('日期').fill('2020-02-30');
  await editor.getByRole('button', { name: '保存草稿' }).click();

  await expect(editor.locator('.form__error')).toHaveText('请修正标出的字段。');
  await expect(editor.getByLabel('网址标识')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByText('只能使用小写英文字母、数字和连字符')).toBeVisible();
  await expect(editor.getByText('投资额须为不小于 0 的数字')).toBeVisible();
  await expect(editor.getByText(/须是真实日期/)).toBeVisible();
  await expect(editor.getByText('至少需要一条经核验的引文').first()).toBeVisible();
  await expect(editor.getByLabel('项目名称')).toHaveValue('名称保留测试');
  await expect(editor.getByLabel('网址标识')).toHaveValue('Not A Slug');
  await expect(editor.getByLabel('日期')).toHaveValue('2020-02-30');
  await editor.screenshot({ path: 'test-results/screenshots/admin-field-errors.png', fullPage: true });
  // Fixing a field clears its message at once.
  await editor.getByLabel('网址标识').fill('now-a-slug');
  await expect(editor.getByText('只能使用小写英文字母、数字和连字符')).toHaveCount(0);
});

test('a stale save is refused with the name of the editor who saved first, and the typed value is kept', async ({
  browser,
}) => {
  const project = await db.project.findUniqueOrThrow({ where: { slug: 'hongensi-library' } });
  const first = await signedInAs(browser, db, 'EDITOR', '先保存的编辑');
  await first.goto(`/admin/projects/${project.id}/edit`);
  await first.getByLabel('项目名称').fill(`${project.name}（草稿）`);
  await first.getByRole('button', { name: '保存草稿' }).click();
  await expect(first.getByRole('button', { name: '提交审核' })).toBeVisible();
  const editUrl = `${first.url()}/edit`;

  // An admin may work on an editor's change; any other editor may not.
  const second = await signedInAs(browser, db, 'ADMIN', '后保存的管理员');
  await first.goto(editUrl);
  await second.goto(editUrl);
  await first.getByLabel('项目名称').fill(`${project.name}（第一位）`);
  await first.getByRole('button', { name: '保存草稿' }).click();
  await expect(first.getByRole('button', { name: '提交审核' })).toBeVisible();

  await second.getByLabel('项目名称').fill(`${project.name}（第二位）`);
  await second.getByRole('button', { name: '保存草稿' }).click();
  await expect(second.locator('.form__conflict')).toContainText('先保存的编辑');
  await expect(second.getByLabel('项目名称')).toHaveValue(`${project.name}（第二位）`);
  await second.screenshot({ path: 'test-results/screenshots/admin-stale-save.png', fullPage: true });
});

test('every record type has a searchable list and an edit form, on a phone too', async ({ browser }) => {
  const editor = await signedInAs(browser, db, 'EDITOR', '巡查编辑');
  const sections: Array<[string, string, string]> = [
    ['metrics', '指标', '地区生产总值'],
    ['projects', '项目', '北滨路'],
    ['agreements', '合作协议', '教育合作框架协议'],
    ['organisations', '机构与地点', '德阳'],
    ['topics', '专题', '金融'],
  ];
  for (const [path, title, search] of sections) {
    await editor.goto(`/admin/${path}?q=${encodeURIComponent(search)}`);
    await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);
    const edit = editor.getByRole('link', { name: /^编辑 / }).first();
    await expect(edit).toBeVisible();
    await edit.click();
    await expect(editor.getByRole('heading', { level: 1 })).toContainText('编辑');
    await expect(editor.getByRole('button', { name: '保存草稿' })).toBeVisible();
    await editor.screenshot({ path: `test-results/screenshots/admin-edit-${path}.png`, fullPage: true });
  }
  await editor.setViewportSize({ width: 390, height: 844 });
  await editor.goto('/admin/agreements');
  await editor.screenshot({ path: 'test-results/screenshots/admin-agreements-phone.png', fullPage: true });
  const overflow = await editor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('admin lists filter by topic, progress and open changes, and keep the filters in the URL', async ({ browser }) => {
  const editor = await signedInAs(browser, db, 'EDITOR', '筛选编辑');
  await editor.goto('/admin/projects');
  const filters = editor.getByRole('search', { name: '搜索项目' });
  await filters.getByLabel('专题').selectOption({ label: '城市建设' });
  await filters.getByRole('button', { name: '筛选' }).click();
  await expect(editor).toHaveURL(/[?&]topic=urban-development/);
  const topicCells = editor.locator('.data-table tbody tr td:nth-child(2)');
  await expect(topicCells).not.toHaveCount(0);
  expect(new Set(await topicCells.allTextContents())).toEqual(new Set(['城市建设']));
  await expect(filters.getByLabel('专题')).toHaveValue('urban-development');
  await editor.screenshot({ path: 'test-results/screenshots/admin-projects-filtered.png', fullPage: true });

  // A draft change on one project: the open-change filter lists exactly the projects with drafts.
  const project = await db.project.findUniqueOrThrow({ where: { slug: 'hongensi-library' } });
  await editor.goto(`/admin/projects/${project.id}/edit`);
  await editor.getByLabel('项目名称').fill(`${project.name}（筛选草稿）`);
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByRole('button', { name: '提交审核' })).toBeVisible();
  await editor.goto('/admin/projects?change=DRAFT');
  const drafted = await db.change.findMany({
    where: { recordType: 'PROJECT', status: 'DRAFT', recordId: { not: null } },
    select: { recordId: true },
  });
  await expect(editor.locator('.data-table tbody tr')).toHaveCount(new Set(drafted.map((c) => c.recordId)).size);
  await expect(editor.getByRole('link', { name: `编辑 ${project.name}` })).toBeVisible();

  await editor.goto('/admin/projects?topic=economy');
  await expect(editor.getByText('没有找到记录。')).toBeVisible();
  await editor.getByRole('link', { name: '清除筛选' }).click();
  await expect(editor).toHaveURL(/\/admin\/projects$/);
});

test('an editor names a new partner organisation inside the agreement form, reviewed with it', async ({ browser }) => {
  const editor = await signedInAs(browser, db, 'EDITOR', '协议编辑');
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { slug: 'deyang-jiangbei-education-framework' },
    include: { parties: true },
  });
  const index = agreement.parties.length;
  await editor.goto(`/admin/agreements/${agreement.id}/edit`);
  await editor.getByRole('button', { name: '＋ 添加一方' }).click();
  await editor.getByRole('button', { name: '列表中没有？新建机构' }).last().click();
  await editor.getByLabel(`新机构 ${index + 1} 全称`).fill('四川省遂宁市测试局');
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByText('请填写网址标识')).toBeVisible();
  await expect(editor.getByLabel(`新机构 ${index + 1} 全称`)).toHaveValue('四川省遂宁市测试局');
  await editor.getByLabel('新机构网址标识').fill('suining-test-bureau');
  await editor.getByLabel('新机构类型').selectOption({ label: '政府部门' });
  await editor.screenshot({ path: 'test-results/screenshots/admin-agreement-new-party.png', fullPage: true });
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByRole('button', { name: '提交审核' })).toBeVisible();

  const change = await db.change.findFirstOrThrow({
    where: { recordId: agreement.id, status: 'DRAFT' },
    orderBy: { createdAt: 'desc' },
  });
  await editor.goto(`/admin/changes/${change.id}`);
  await expect(editor.getByRole('row', { name: /参与机构 四川省遂宁市测试局 › 新建机构 › 名称/ })).toContainText(
    '四川省遂宁市测试局',
  );
  expect(await db.organisation.count({ where: { slug: 'suining-test-bureau' } })).toBe(0);
});
