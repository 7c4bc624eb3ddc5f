import { expect, request, test } from '@playwright/test';
import type { Role } from '@/lib/generated/prisma/enums';
import { timeStep, totpCode } from '@/lib/auth/totp';
import { seedUser } from '@/tests/helpers/factories';
import { e2eDatabase } from '../helpers/database';
import { E2E_PASSWORD as password, seedAccount, signIn } from '../helpers/session';

const db = e2eDatabase();
const run = Date.now().toString(36);
const roleNames: Record<Role, string> = { ADMIN: '管理员', EDITOR: '编辑', REVIEWER: '审核员' };

test.afterAll(async () => {
  await db.$disconnect();
});

for (const role of ['ADMIN', 'EDITOR', 'REVIEWER'] as const) {
  test(`${role.toLowerCase()} signs in, sees what the role may do, and signs out`, async ({ page }) => {
    const account = await seedAccount(db, role, `测试${roleNames[role]}`);
    await signIn(page, account.email, password, account.totpSecret);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByText(`您的角色：${roleNames[role]}`)).toBeVisible();
    // Checklist 13: the session cookie is out of reach of scripts and of cross-site requests
    // (it is also Secure when the site is served over https, as NEXTAUTH_URL decides).
    const session = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const allowed = page.locator('[aria-label="权限"] li[data-allowed="true"]');
    await expect(allowed.filter({ hasText: '管理用户' })).toHaveCount(role === 'ADMIN' ? 1 : 0);
    await expect(allowed.filter({ hasText: '审核修改' })).toHaveCount(role === 'EDITOR' ? 0 : 1);
    await expect(allowed.filter({ hasText: '编辑数据' })).toHaveCount(role === 'REVIEWER' ? 0 : 1);
    if (role === 'EDITOR') await page.screenshot({ path: 'test-results/screenshots/admin-editor.png', fullPage: true });

    // Signing out ends the session on the server: a copy of the cookie no longer opens anything.
    const replay = await request.newContext({
      baseURL: new URL(page.url()).origin,
      extraHTTPHeaders: { cookie: `${session!.name}=${session!.value}` },
    });
    expect((await replay.get('/admin/changes', { maxRedirects: 0 })).status()).toBe(200);
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    const afterSignOut = await replay.get('/admin/changes', { maxRedirects: 0 });
    expect(afterSignOut.status()).toBe(307);
    expect(afterSignOut.headers().location).toContain('/sign-in');
    await replay.dispose();
    await page.goto('/admin');
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin|\/sign-in\?callbackUrl=\/admin/);
  });
}

test('a wrong password and an unknown account get the same message; the typed e-mail is kept', async ({ page }) => {
  const email = `wrong-${run}@e2e.local`;
  await seedUser(db, { email, role: 'EDITOR', password });
  await signIn(page, email, 'not the password');
  await expect(page.locator('#sign-in-error')).toHaveText('邮箱或密码不正确。');
  await expect(page.getByLabel('邮箱')).toHaveValue(email);
  await page.screenshot({ path: 'test-results/screenshots/sign-in-error.png' });
  await signIn(page, `nobody-${run}@e2e.local`);
  await expect(page.locator('#sign-in-error')).toHaveText('邮箱或密码不正确。');
});

test('a deactivated user is refused on the very next request', async ({ page }) => {
  const email = `soon-gone-${run}@e2e.local`;
  const user = await seedUser(db, { email, role: 'EDITOR', password });
  await signIn(page, email);
  await expect(page).toHaveURL(/\/admin$/);
  await db.user.update({ where: { id: user.id }, data: { active: false } });
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('anonymous visitors are sent to sign-in from the admin area', async ({ page }) => {
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录编辑后台');
});

test('an admin without a second factor must set one up first, then signs in with a code', async ({ page }) => {
  const email = `new-admin-${run}@e2e.local`;
  await seedUser(db, { email, role: 'ADMIN', password, name: '新管理员' });
  await signIn(page, email);
  await expect(page).toHaveURL(/\/admin\/security$/);
  await expect(page.getByText('管理员和审核员必须启用两步验证')).toBeVisible();
  // Every other admin page sends them back here.
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/admin\/security$/);

  await page.getByRole('button', { name: '开始设置' }).click();
  await expect(page.getByRole('img', { name: '两步验证二维码' })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').textContent())!;
  await page.getByLabel(/输入应用显示的 6 位验证码/).fill('000000');
  await page.getByRole('button', { name: '验证并启用' }).click();
  await expect(page.getByText('验证码不正确').first()).toBeVisible();
  await page.getByLabel(/输入应用显示的 6 位验证码/).fill(totpCode(secret, timeStep()));
  await page.getByRole('button', { name: '验证并启用' }).click();
  const codes = page.getByRole('list', { name: '恢复码' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!;
  await page.screenshot({ path: 'test-results/screenshots/admin-second-factor.png', fullPage: true });
  await page.getByRole('button', { name: '我已保存，重新登录' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The password alone is no longer enough; a recovery code works once.
  await signIn(page, email);
  await expect(page.getByLabel('两步验证码')).toBeVisible();
  await page.getByLabel('两步验证码').fill(recovery);
  await page.getByRole('button', { name: '验证并登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('link', { name: '用户', exact: true })).toBeVisible();
});

test('sign-in never sends anyone off the site, whatever the callback address says', async ({ page }) => {
  const account = await seedAccount(db, 'EDITOR', '跳转测试编辑');
  for (const callbackUrl of [
    '/\\evil.example/x',
    '/%5Cevil.example/x',
    '/%09/evil.example',
    '//evil.example',
    'https://evil.example',
  ]) {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel('邮箱').fill(account.email);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin$/);
    await page.context().clearCookies();
  }
});

test('signing out everywhere ends the sessions on other devices too', async ({ browser }) => {
  const account = await seedAccount(db, 'EDITOR', '多设备编辑');
  const [laptop, phone] = await Promise.all([browser.newPage(), browser.newPage()]);
  for (const device of [laptop, phone]) await signIn(device, account.email, password);
  await expect(phone).toHaveURL(/\/admin$/);
  await laptop.goto('/admin/security');
  laptop.once('dialog', (dialog) => void dialog.accept());
  await laptop.getByRole('button', { name: '退出所有设备' }).click();
  await expect(laptop).toHaveURL(/\/sign-in/);
  await phone.goto('/admin/changes');
  await expect(phone).toHaveURL(/\/sign-in\?callbackUrl=/);
});
