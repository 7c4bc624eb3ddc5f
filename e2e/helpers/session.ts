import { expect, type Browser, type Page } from '@playwright/test';
import type { Actor } from '@/lib/auth/actor-type';
import { SECOND_FACTOR_ROLES } from '@/lib/auth/second-factor-roles';
import { newTotpSecret, timeStep, totpCode } from '@/lib/auth/totp';
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { seedUser } from '@/tests/helpers/factories';

export const E2E_PASSWORD = 'e2e passphrase for every role';

/** Signs in through the form; with a TOTP key, answers the code step with the current code. */
export async function signIn(page: Page, email: string, secret = E2E_PASSWORD, totpSecret?: string) {
  await page.goto('/sign-in');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(secret);
  await page.getByRole('button', { name: '登录' }).click();
  if (totpSecret) {
    await page.getByLabel('两步验证码').fill(totpCode(totpSecret, timeStep()));
    await page.getByRole('button', { name: '验证并登录' }).click();
  }
}

/** A user of the role as the test database stores one (admins and reviewers with a second factor). */
export async function seedAccount(db: Db, role: Role, name: string) {
  const email = `${role.toLowerCase()}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@e2e.local`;
  const totpSecret = SECOND_FACTOR_ROLES.includes(role) ? newTotpSecret() : undefined;
  const user = await seedUser(db, { email, role, password: E2E_PASSWORD, name, totpSecret });
  return { ...user, totpSecret };
}

/** A new user of the role, as the data layer's actor (for publishChange and submitForReview). */
export async function seedActor(db: Db, role: Role, name: string): Promise<Actor> {
  const account = await seedAccount(db, role, name);
  return { id: account.id, email: account.email, role };
}

/**
 * Signs in with the request the form's signIn() makes (next-auth's credentials callback), password
 * and code checked as for the form, without rendering the form. For journeys whose subject is not
 * the sign-in: the form has its own journeys (e2e/admin/sign-in.spec.ts, lockout.spec.ts). The
 * session cookie lands in the page's browser context.
 */
async function signInByRequest(page: Page, email: string, totpSecret?: string) {
  const request = page.context().request;
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: {
      csrfToken,
      email,
      password: E2E_PASSWORD,
      code: totpSecret ? totpCode(totpSecret, timeStep()) : '',
      json: 'true',
    },
  });
  const { url } = (await response.json()) as { url: string };
  // next-auth answers a refused sign-in with the sign-in page's URL and the reason as `error`.
  expect(new URL(url).searchParams.get('error'), `sign-in of ${email}`).toBeNull();
}

/** A new user of the role, signed in within a browser context of their own (on a blank page). */
export async function signedInAs(browser: Browser, db: Db, role: Role, name: string) {
  const account = await seedAccount(db, role, name);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInByRequest(page, account.email, account.totpSecret);
  return page;
}
