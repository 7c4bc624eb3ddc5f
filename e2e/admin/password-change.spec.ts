// Password changes in the browser (ASVS 6.2.2): a user invited by an admin signs in with the
// temporary password and can do nothing but replace it; any user changes their own password on
// 安全设置, stays signed in on this device, and afterwards only the new password signs in.
import { expect, test, type Page } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import { E2E_PASSWORD, seedAccount, signedInAs, signIn } from '../helpers/session';

const db = e2eDatabase();
const NEW_PASSWORD = '北滨路江边的新密码很长';

test.afterAll(async () => {
  await db.$disconnect();
});

async function fillPasswordForm(page: Page, current: string, next: string, confirm = next) {
  await page.getByLabel('当前密码', { exact: true }).fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码', { exact: true }).fill(confirm);
  await page.getByRole('button', { name: '修改密码' }).click();
}

/** Full-page screenshots at desktop and phone widths, back at the desktop width afterwards. */
async function screenshots(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an invited user must replace the temporary password before using the admin area', async ({ browser }) => {
  const admin = await signedInAs(browser, db, 'ADMIN', '邀请人');
  await admin.goto('/admin/users');
  const email = `forced-${Date.now().toString(36)}@e2e.local`;
  await admin.getByLabel('邮箱').fill(email);
  await admin.getByLabel('姓名').fill('新来的编辑');
  await admin.getByRole('button', { name: '创建用户' }).click();
  const notice = admin.getByRole('status').filter({ hasText: email });
  await expect(notice).toBeVisible();
  const temporary = (await notice.locator('code').textContent())!;
  await admin.getByRole('textbox', { name: '搜索' }).fill(email);
  await admin.getByRole('button', { name: '搜索' }).click();
  await expect(admin.getByRole('row', { name: /新来的编辑/ })).toContainText('尚未修改临时密码');

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, temporary);
  await expect(page).toHaveURL(/\/admin\/password$/);
  await expect(page.getByRole('heading', { name: '设置新密码' })).toBeVisible();
  await expect(page.getByLabel('当前密码', { exact: true })).toHaveAttribute('autocomplete', 'current-password');
  await expect(page.getByLabel('新密码', { exact: true })).toHaveAttribute('autocomplete', 'new-password');

  // Every other admin page sends the user back here, 安全设置 included.
  for (const path of ['/admin/changes', '/admin', '/admin/security', '/admin/metrics']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/admin\/password$/);
  }

  // A wrong temporary password and a breached new one: the messages stand next to their fields
  // and everything typed stays.
  await fillPasswordForm(page, 'not the temporary password', 'iloveyou2');
  await expect(page.locator('#error-currentPassword')).toHaveText('当前密码不正确。');
  await expect(page.locator('#error-newPassword')).toContainText('已泄露');
  await expect(page.getByLabel('当前密码', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('新密码', { exact: true })).toHaveValue('iloveyou2');
  await screenshots(page, 'password-forced');

  await fillPasswordForm(page, temporary, NEW_PASSWORD, `${NEW_PASSWORD}!`);
  await expect(page.locator('#error-confirmPassword')).toHaveText('两次输入的新密码不一致。');
  await fillPasswordForm(page, temporary, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText('您的角色：编辑')).toBeVisible();
  await page.goto('/admin/changes');
  await expect(page).toHaveURL(/\/admin\/changes$/);
  await expect(page.getByRole('heading', { name: '我的修改' })).toBeVisible();

  // The temporary password no longer signs in; the new one does.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, email, temporary);
  await expect(page.locator('#sign-in-error')).toHaveText('邮箱或密码不正确。');
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await context.close();

  const audit = await db.auditEntry.findMany({ where: { actorLabel: email, action: { startsWith: 'user.' } } });
  expect(audit.map((entry) => entry.action)).toEqual(['user.password_change_forced']);
});

test('a user changes their own password on 安全设置; other sessions end, this one stays', async ({ browser }) => {
  const account = await seedAccount(db, 'EDITOR', '改密码的编辑');
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, account.email, E2E_PASSWORD);
  await expect(elsewhere).toHaveURL(/\/admin$/);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account.email, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('link', { name: '安全设置' }).click();
  await expect(page.getByRole('heading', { name: '修改密码' })).toBeVisible();

  await fillPasswordForm(page, E2E_PASSWORD, 'Password123');
  await expect(page.locator('#error-newPassword')).toContainText('已泄露');
  await fillPasswordForm(page, E2E_PASSWORD, account.email);
  await expect(page.locator('#error-newPassword')).toHaveText('新密码不能与邮箱相同。');
  await fillPasswordForm(page, E2E_PASSWORD, NEW_PASSWORD);
  await expect(page.getByRole('status').filter({ hasText: '密码已修改' })).toBeVisible();
  await expect(page.getByLabel('新密码', { exact: true })).toHaveValue('');
  await screenshots(page, 'password-security');

  // This session was carried over to the new session version; the other one has ended.
  await page.goto('/admin/changes');
  await expect(page.getByRole('heading', { name: '我的修改' })).toBeVisible();
  await elsewhere.goto('/admin/changes');
  await expect(elsewhere).toHaveURL(/\/sign-in/);

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, account.email, E2E_PASSWORD);
  await expect(page.locator('#sign-in-error')).toHaveText('邮箱或密码不正确。');
  await signIn(page, account.email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await context.close();

  const audit = await db.auditEntry.findMany({ where: { actorId: account.id, action: { startsWith: 'user.' } } });
  expect(audit.map((entry) => entry.action)).toEqual(['user.password_change']);
});
