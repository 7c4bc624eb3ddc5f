// Issue 18 item 9: wrong passwords sent from one address must not keep the admin out elsewhere.
//
// Sign-in throttling keys on the TCP peer address (scripts/serve.ts), and the Playwright server
// trusts no proxy (TRUSTED_PROXY_HOPS is unset), so every request Chromium sends arrives from
// 127.0.0.1. To give the attacker a second, real address without changing the server's
// configuration, the attacker's browser goes through a small TCP relay in this test that connects
// to the server *from* 127.0.0.2 (on Linux all of 127.0.0.0/8 is loopback). Where that address
// cannot be bound (macOS has only 127.0.0.1), the attacker's failures are written into the e2e
// database as SignInAttempt rows for 127.0.0.2 instead, as such requests would have left them, and
// the admin still signs in through the real form.
import net from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { timeStep, totpCode } from '@/lib/auth/totp';
import { e2eDatabase } from '../helpers/database';
import { E2E_PASSWORD, seedAccount, signIn } from '../helpers/session';

const db = e2eDatabase();
const ATTACKER_ADDRESS = '127.0.0.2';
const WRONG = '邮箱或密码不正确。';
const THROTTLED = '登录尝试过于频繁，请稍后再试。';
// Seven failures: the pair then waits 16 s, time enough to show that the attacker stays shut out.
// Eight refused guesses make the attacker's address wait 16 s: longer than the admin's own sign-in
// below takes on a slow machine (with seven, 8 s, a CI run saw the wait end before it was checked).
const ATTACKER_FAILURES = 8;

let adminEmail = '';

test.afterAll(async () => {
  // These failures would count against the addresses' limits for later specs in the same run.
  await db.signInAttempt.deleteMany({ where: { OR: [{ address: ATTACKER_ADDRESS }, { emailKey: adminEmail }] } });
  await db.$disconnect();
});

/** A TCP relay on 127.0.0.1 whose connections reach the server from `localAddress`, or null. */
async function startRelay(target: URL, localAddress: string) {
  const port = Number(target.port);
  const usable = await new Promise<boolean>((resolve) => {
    const probe = net.connect({ host: target.hostname, port, localAddress });
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
  if (!usable) return null;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: target.hostname, port, localAddress });
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', closeBoth);
      socket.on('close', () => {
        sockets.delete(socket);
        closeBoth();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Submits the sign-in form and returns the error it shows. */
async function answer(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  const error = page.locator('#sign-in-error');
  await expect(error).toBeVisible();
  return (await error.textContent()) ?? '';
}

test('an attacker failing the admin’s password from one address cannot keep the admin out from another', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const admin = await seedAccount(db, 'ADMIN', '锁定测试管理员');
  adminEmail = admin.email;
  const relay = await startRelay(new URL(baseURL!), ATTACKER_ADDRESS);
  try {
    let attackerPage: Page | null = null;
    if (relay) {
      // The attacker guesses through the real form until seven guesses were checked and refused;
      // in between, the growing delays answer some attempts with THROTTLED without checking them.
      attackerPage = await (await browser.newContext({ baseURL: relay.url })).newPage();
      let failures = 0;
      let waitedInARow = 0; // the longest wait on the way is 8 s: more means it is not a delay
      for (let attempt = 0; failures < ATTACKER_FAILURES && waitedInARow < 12; attempt += 1) {
        const text = await answer(attackerPage, admin.email, `wrong guess ${attempt}`);
        waitedInARow = text === WRONG ? 0 : waitedInARow + 1;
        if (text === WRONG) failures += 1;
        else await attackerPage.waitForTimeout(1_000);
      }
    } else {
      test.info().annotations.push({ type: 'note', description: `${ATTACKER_ADDRESS} unusable: failures inserted` });
      const newest = Date.now();
      await db.signInAttempt.createMany({
        data: Array.from({ length: ATTACKER_FAILURES }, (_, i) => ({
          emailKey: admin.email,
          address: ATTACKER_ADDRESS,
          succeeded: false,
          at: new Date(newest - (ATTACKER_FAILURES - 1 - i) * 1_000),
        })),
      });
    }

    // The admin, from 127.0.0.1, signs in with password and authenticator code as always.
    const adminPage = await (await browser.newContext()).newPage();
    await signIn(adminPage, admin.email, E2E_PASSWORD);
    const codeField = adminPage.getByLabel('两步验证码');
    await expect(codeField.or(adminPage.locator('#sign-in-error'))).toBeVisible();
    await expect(adminPage.locator('#sign-in-error')).toHaveCount(0);
    await codeField.fill(totpCode(admin.totpSecret!, timeStep()));
    await adminPage.getByRole('button', { name: '验证并登录' }).click();
    await expect(adminPage).toHaveURL(/\/admin$/);
    await expect(adminPage.getByRole('heading', { name: /欢迎/ })).toBeVisible();
    const signedIn = await db.auditEntry.findFirstOrThrow({ where: { action: 'sign_in', actorLabel: admin.email } });
    expect(signedIn.address).toBe('127.0.0.1');
    expect(
      await db.signInAttempt.count({ where: { emailKey: admin.email, address: ATTACKER_ADDRESS, succeeded: false } }),
    ).toBe(ATTACKER_FAILURES);

    if (attackerPage) {
      // Meanwhile the attacker's address is still made to wait: even the right password goes unchecked.
      expect(await answer(attackerPage, admin.email, E2E_PASSWORD)).toBe(THROTTLED);
      await expect(attackerPage.getByLabel('两步验证码')).toHaveCount(0);
      const refused = await db.auditEntry.findMany({
        where: { action: { in: ['sign_in.failed', 'sign_in.throttled'] }, actorLabel: admin.email },
        select: { action: true, address: true },
      });
      expect(refused.every((entry) => entry.address === ATTACKER_ADDRESS)).toBe(true);
      expect(refused.filter((entry) => entry.action === 'sign_in.failed')).toHaveLength(ATTACKER_FAILURES);
      expect(refused.filter((entry) => entry.action === 'sign_in.throttled').length).toBeGreaterThan(0);
    }
  } finally {
    await relay?.close();
  }
});
