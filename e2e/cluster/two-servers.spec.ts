// Checklist item 27: two `next start` instances over one PostgreSQL and one Redis, with one
// session secret. A form rendered by one saves through the other; a publish on one refreshes the
// pages of both within a second: the page cache (entries and revalidation times) lives in Redis,
// and each server's kept responses check it on every request.
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createClient } from 'redis';
import { refreshPages, startSite, type Site } from '../../scripts/lib/site';
import { e2eDatabase } from '../helpers/database';
import { E2E_PASSWORD, seedAccount, signIn } from '../helpers/session';

const db = e2eDatabase();
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `cms-e2e-${randomBytes(4).toString('hex')}`;
const sharedEnv = {
  // Both servers sit behind one proxy (the test's load balancer), which names the site's host.
  TRUSTED_PROXY_HOPS: '1',
  REDIS_URL: redisUrl,
  REDIS_KEY_PREFIX: prefix,
  NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
};

async function redisReachable(): Promise<boolean> {
  const { hostname, port } = new URL(redisUrl);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port || 6379), hostname, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

test.afterAll(async () => {
  await db.$disconnect();
  if (!(await redisReachable())) return;
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(keys);
  await redis.quit();
});

test('a publish through one server refreshes the page on the other within a second', async () => {
  test.setTimeout(180_000);
  // CI provides Redis; elsewhere the test needs one on 127.0.0.1:6379 (or REDIS_URL).
  if (!process.env.CI) test.skip(!(await redisReachable()), `no Redis at ${redisUrl}`);
  const env = sharedEnv;
  const databaseUrl = process.env.E2E_DATABASE_URL!;
  const servers: Site[] = [];
  const topic = await db.topic.findUniqueOrThrow({ where: { slug: 'livelihood' } });
  const edited = `${topic.description}（两台服务器）`;
  try {
    servers.push(await startSite('server A', databaseUrl, env), await startSite('server B', databaseUrl, env));
    const [a, b] = servers as [Site, Site];
    const lead = async (site: Site) => {
      const html = await (await fetch(`${site.url}/topics/livelihood`)).text();
      return /<p class="lead">([^<]*)<\/p>/.exec(html)?.[1];
    };
    // Both serve the page from the shared cache (B's first view is A's rendering).
    expect(await lead(a)).toBe(topic.description);
    expect(await lead(b)).toBe(topic.description);
    expect((await fetch(`${b.url}/topics/livelihood`)).headers.get('x-page-cache')).toBe('hit');
    await fetch(`${b.url}/topics/ecology`); // B renders a topic page once, so its code is loaded

    await db.topic.update({ where: { id: topic.id }, data: { description: edited } });
    expect(await lead(b)).toBe(topic.description); // cached: the database is not read
    const published = Date.now();
    await refreshPages(a); // what approving a change through server A does after its commit
    await expect.poll(() => lead(b), { timeout: 1_000, intervals: [50] }).toBe(edited);
    console.log(`server B showed server A's publish after ${Date.now() - published} ms`);
    expect(await lead(a)).toBe(edited);
  } finally {
    await db.topic.update({ where: { id: topic.id }, data: { description: topic.description } });
    if (servers[0]) await refreshPages(servers[0]);
    for (const server of servers) await server.stop();
  }
});

test('a form rendered by one server saves through the other', async ({ browser }) => {
  test.setTimeout(180_000);
  if (!process.env.CI) test.skip(!(await redisReachable()), `no Redis at ${redisUrl}`);
  const databaseUrl = process.env.E2E_DATABASE_URL!;
  const servers: Site[] = [];
  try {
    servers.push(
      await startSite('server A', databaseUrl, sharedEnv),
      await startSite('server B', databaseUrl, sharedEnv),
    );
    const [a, b] = servers as [Site, Site];
    const account = await seedAccount(db, 'EDITOR', '双机编辑');
    const context = await browser.newContext({ baseURL: a.url });
    const page = await context.newPage();
    await signIn(page, account.email, E2E_PASSWORD);
    await expect(page.getByRole('heading', { name: /欢迎/ })).toBeVisible();
    const project = await db.project.findUniqueOrThrow({ where: { slug: 'hongensi-library' } });
    await page.goto(`/admin/projects/${project.id}/edit`);

    // A load balancer in miniature: the form's server action goes to server B, under A's host name.
    let actionsOnB = 0;
    await page.route(`${a.url}/admin/**`, async (route) => {
      const request = route.request();
      if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
      actionsOnB++;
      const response = await route.fetch({
        url: request.url().replace(a.url, b.url),
        headers: { ...request.headers(), 'x-forwarded-host': new URL(a.url).host },
      });
      await route.fulfill({ response });
    });
    const name = `${project.name}（经另一台服务器保存）`;
    await page.getByLabel('项目名称').fill(name);
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect(page.getByRole('button', { name: '提交审核' })).toBeVisible();
    expect(actionsOnB).toBeGreaterThan(0);
    const change = await db.change.findFirstOrThrow({
      where: { recordId: project.id, authorId: account.id },
      orderBy: { createdAt: 'desc' },
    });
    expect((change.proposedData as { name: string }).name).toBe(name);
    await context.close();
  } finally {
    for (const server of servers) await server.stop();
  }
});
