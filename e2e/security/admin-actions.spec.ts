// Checklist items 1, 3, 6 and 7 against the running site: a captured server action replayed without
// a session or from a foreign origin changes nothing; admin pages stay closed whatever routing
// headers a client sends; password hashes and TOTP keys never reach a page.
import { expect, request, test } from '@playwright/test';
import { e2eDatabase } from '../helpers/database';
import { seedAccount, signedInAs } from '../helpers/session';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

test('a captured save action replayed without a session, or from another origin, changes nothing', async ({
  browser,
  baseURL,
}) => {
  const editor = await signedInAs(browser, db, 'EDITOR', '被截获的编辑');
  const project = await db.project.findUniqueOrThrow({ where: { slug: 'hongensi-library' } });
  await editor.goto(`/admin/projects/${project.id}/edit`);
  await editor.getByLabel('项目名称').fill(`${project.name}（截获）`);
  const [captured] = await Promise.all([
    editor.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined),
    editor.getByRole('button', { name: '保存草稿' }).click(),
  ]);
  await expect(editor.getByRole('button', { name: '提交审核' })).toBeVisible();
  const headers = await captured.allHeaders();
  const replayHeaders = {
    'content-type': headers['content-type']!,
    'next-action': headers['next-action']!,
    accept: 'text/x-component',
    origin: baseURL!,
  };
  const before = await db.change.count();

  const anonymous = await request.newContext({ baseURL });
  const replay = await anonymous.post(captured.url(), { headers: replayHeaders, data: captured.postData()! });
  expect(replay.status()).toBeLessThan(500);
  expect(await replay.text()).toContain('请先登录');
  await anonymous.dispose();
  const refusal = await db.auditEntry.findFirst({
    where: { action: 'access.refused', actorLabel: 'anonymous' },
    orderBy: { id: 'desc' },
  });
  expect(refusal?.detail).toEqual({ action: 'saveChange' });

  // The editor's own cookies, but posted from another site: Next refuses the action.
  const foreign = await editor.request.post(captured.url(), {
    headers: { ...replayHeaders, origin: 'https://evil.example' },
    data: captured.postData()!,
  });
  expect(foreign.ok()).toBe(false);
  expect(await db.change.count()).toBe(before);
});

test('admin pages stay closed to anonymous requests whatever routing headers they send', async ({ baseURL }) => {
  const client = await request.newContext({ baseURL, maxRedirects: 0 });
  const variants: Array<[string, Record<string, string>]> = [
    ['/admin/users', { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' }],
    ['/admin/users', { 'x-middleware-subrequest': 'src/middleware:proxy' }],
    ['/admin/users?_rsc=1', { RSC: '1' }],
    ['/admin/audit', { RSC: '1', 'Next-Router-Prefetch': '1' }],
    ['/admin/audit', { 'Next-Router-State-Tree': '%5B%22%22%5D', 'x-middleware-prefetch': '1' }],
  ];
  for (const [path, headers] of variants) {
    const response = await client.get(path, { headers });
    const body = await response.text();
    // A redirect to sign-in, or (for a middleware prefetch probe) an empty answer: never the page.
    if (response.status() === 200) expect(body.trim()).toBe('{}');
    else expect([302, 303, 307, 308, 401, 403, 404]).toContain(response.status());
    expect(body).not.toContain('@e2e.local');
    expect(body).not.toContain('审计日志</h1>');
  }
  await client.dispose();
});

test('password hashes and TOTP keys never appear in a page or its RSC payload', async ({ browser }) => {
  const sentinel = await seedAccount(db, 'REVIEWER', '哨兵用户');
  const stored = await db.user.findUniqueOrThrow({ where: { id: sentinel.id }, omit: { passwordHash: false } });
  const admin = await signedInAs(browser, db, 'ADMIN', '查看用户的管理员');
  for (const path of ['/admin/users', '/admin', `/admin/audit`]) {
    const html = await (await admin.request.get(path)).text();
    const rsc = await (await admin.request.get(path, { headers: { RSC: '1' } })).text();
    for (const body of [html, rsc]) {
      expect(body).not.toContain(stored.passwordHash);
      expect(body).not.toContain('$argon2id$');
      expect(body).not.toContain(sentinel.totpSecret!);
    }
  }
  await admin.goto('/admin');
  await expect(admin.getByRole('link', { name: '用户', exact: true })).toBeVisible();
});

test('sign-in and sign-out posted without the CSRF token are refused', async ({ browser, baseURL }) => {
  const account = await seedAccount(db, 'EDITOR', 'CSRF测试');
  const client = await request.newContext({ baseURL });
  await client.post('/api/auth/callback/credentials', {
    form: { email: account.email, password: 'e2e passphrase for every role', json: 'true' },
  });
  const cookies = await client.storageState();
  expect(cookies.cookies.some((c) => c.name.includes('session-token'))).toBe(false);
  await client.dispose();

  // Signed in properly, a sign-out posted without the token leaves the session alone.
  const editor = await signedInAs(browser, db, 'EDITOR', 'CSRF登出');
  await editor.request.post('/api/auth/signout', { form: { json: 'true' } });
  await editor.goto('/admin');
  await expect(editor.getByRole('heading', { name: /欢迎/ })).toBeVisible();
});
