import { expect, type Browser, type Page } from '@playwright/test';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Db } from '@/lib/db/client';
import { seedUser } from '@/tests/helpers/factories';

export const E2E_PASSWORD = 'e2e passphrase for every role';

export async function signIn(page: Page, email: string, secret = E2E_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(secret);
  await page.getByRole('button', { name: '登录' }).click();
}

/** A new user of the role, signed in within a browser context of their own. */
export async function signedInAs(browser: Browser, db: Db, role: Role, name: string) {
  const email = `${role.toLowerCase()}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@e2e.local`;
  await seedUser(db, { email, role, password: E2E_PASSWORD, name });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page.getByRole('heading', { name: /欢迎/ })).toBeVisible();
  return page;
}
