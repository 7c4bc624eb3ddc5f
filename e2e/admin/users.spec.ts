// User management in the browser: an admin invites a user who can then sign in (and must first
// replace the temporary password); a reviewer is refused the page with a 403.
import { expect, test } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import { signedInAs, signIn } from '../helpers/session';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

test('an admin invites an editor, who signs in with the one-time password', async ({ browser }) => {
  const admin = await signedInAs(browser, db, 'ADMIN', '端到端管理员');
  await admin.goto('/admin');
  await admin.getByRole('link', { name: '用户', exact: true }).click();
  await expect(admin.getByRole('heading', { name: '用户管理' })).toBeVisible();
  const email = `invited-${Date.now().toString(36)}@e2e.local`;
  await admin.getByLabel('邮箱').fill('not an e-mail');
  await admin.getByRole('button', { name: '创建用户' }).click();
  await expect(admin.getByText('请输入有效的邮箱地址')).toBeVisible();
  await admin.getByLabel('邮箱').fill(email);
  await admin.getByLabel('姓名').fill('受邀编辑');
  await admin.getByRole('button', { name: '创建用户' }).click();
  const notice = admin.getByRole('status').filter({ hasText: email });
  await expect(notice).toBeVisible();
  const password = (await notice.locator('code').textContent())!;
  await admin.getByRole('textbox', { name: '搜索' }).fill(email);
  await admin.getByRole('button', { name: '搜索' }).click();
  await expect(admin.getByText('共 1 人')).toBeVisible();
  await expect(admin.getByRole('row', { name: /受邀编辑/ })).toBeVisible();
  await admin.screenshot({ path: 'test-results/screenshots/admin-users.png', fullPage: true });

  const context = await browser.newContext();
  const invited = await context.newPage();
  await signIn(invited, email, password);
  // The temporary password must be replaced first (e2e/admin/password-change.spec.ts goes on from here).
  await expect(invited).toHaveURL(/\/admin\/password$/);
  await expect(invited.getByRole('heading', { name: '设置新密码' })).toBeVisible();
});

test('a reviewer cannot open user management', async ({ browser }) => {
  const reviewer = await signedInAs(browser, db, 'REVIEWER', '好奇的审核员');
  await reviewer.goto('/admin');
  await expect(reviewer.getByRole('heading', { name: /欢迎/ })).toBeVisible();
  await expect(reviewer.getByRole('link', { name: '用户', exact: true })).toHaveCount(0);
  const response = await reviewer.goto('/admin/users');
  expect(response?.status()).toBe(403);
  await expect(reviewer.getByRole('heading', { name: '无权访问' })).toBeVisible();
  await expect(reviewer.getByText('@e2e.local')).toHaveCount(0);
});
