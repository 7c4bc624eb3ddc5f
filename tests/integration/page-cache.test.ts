// The page cache (lib/cache/page-cache-handler.js) as Next.js drives it: pages are served from it
// until a tag on them is revalidated, and the time of the last revalidation is known to the public
// front. With REDIS_URL two servers share entries and revalidations;
// this runs against the real Redis on 127.0.0.1:6379 (or REDIS_URL).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Handler = InstanceType<typeof import('@/lib/cache/page-cache-handler.js')>;

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let serverDistDir: string;
let buildDir: string;

/** A fresh module per call, as each `next start` process loads its own copy. */
async function startServer(env: { REDIS_URL?: string; REDIS_KEY_PREFIX?: string }): Promise<Handler> {
  vi.resetModules();
  const saved = { REDIS_URL: process.env.REDIS_URL, REDIS_KEY_PREFIX: process.env.REDIS_KEY_PREFIX };
  Object.assign(process.env, env);
  if (!env.REDIS_URL) delete process.env.REDIS_URL;
  try {
    const { default: PageCacheHandler } = await import('@/lib/cache/page-cache-handler.js');
    return new PageCacheHandler({ serverDistDir });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

const nextMillisecond = () => new Promise((resolve) => setTimeout(resolve, 2));

const page = (html: string, tags: string[]) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': tags.join(',') },
  status: 200,
});

beforeAll(async () => {
  buildDir = await mkdtemp(path.join(tmpdir(), 'page-cache-'));
  serverDistDir = path.join(buildDir, 'server');
  await mkdir(serverDistDir);
  await writeFile(path.join(buildDir, 'BUILD_ID'), `build-${randomBytes(4).toString('hex')}\n`);
});
afterAll(async () => rm(buildDir, { recursive: true, force: true }));

describe('page cache in memory (one server)', () => {
  it('serves a stored page until a tag on it is revalidated, then renders afresh', async () => {
    const cache = await startServer({});
    expect(await cache.lastRevalidation()).toBe(0);
    expect(await cache.get('/topics/economy')).toBeNull();
    await cache.set('/topics/economy', page('<p>GDP 1325</p>', ['_N_T_/layout', '_N_T_/topics/economy']));
    expect((await cache.get('/topics/economy'))?.value).toMatchObject({ html: '<p>GDP 1325</p>' });

    await cache.revalidateTag(['_N_T_/other']);
    expect(await cache.get('/topics/economy')).not.toBeNull();
    const before = Date.now();
    await cache.revalidateTag(['_N_T_/layout']);
    // What the public front compares to drop the responses it kept.
    expect(await cache.lastRevalidation()).toBeGreaterThanOrEqual(before);
    await nextMillisecond();
    expect(await cache.get('/topics/economy')).toBeNull();
    await cache.set('/topics/economy', page('<p>GDP 1400</p>', ['_N_T_/layout']));
    expect((await cache.get('/topics/economy'))?.value).toMatchObject({ html: '<p>GDP 1400</p>' });
  });

  it('keeps a page that began rendering before a revalidation a miss, even if stored after it', async () => {
    const cache = await startServer({});
    expect(await cache.get('/metrics/gdp')).toBeNull(); // the render starts here, on old data
    await nextMillisecond();
    await cache.revalidateTag('_N_T_/layout'); // a publish lands while it renders
    await cache.set('/metrics/gdp', page('<p>old</p>', ['_N_T_/layout']));
    expect(await cache.get('/metrics/gdp')).toBeNull();
  });

  it('honours tags given when the entry was stored and soft tags given when it is read', async () => {
    const cache = await startServer({});
    await cache.set('/sources', page('<p>sources</p>', []), { tags: ['sources'] });
    await cache.set('/changes', page('<p>changes</p>', []));
    await cache.revalidateTag('sources');
    expect(await cache.get('/sources')).toBeNull();
    expect(await cache.get('/changes')).not.toBeNull();
    await cache.revalidateTag('_N_T_/changes');
    expect(await cache.get('/changes', { softTags: ['_N_T_/changes'] })).toBeNull();
  });
});

describe('page cache in Redis (several servers)', () => {
  const prefix = `cms-test-${randomBytes(4).toString('hex')}`;
  let redis: ReturnType<typeof createClient>;

  beforeAll(async () => {
    redis = createClient({ url: redisUrl });
    redis.on('error', () => undefined);
    await redis.connect();
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(keys);
    await redis.quit();
  });

  it('shares pages and revalidations between two servers, byte for byte', async () => {
    const first = await startServer({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix });
    const second = await startServer({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix });
    const stored = page('<p>德阳市 教育合作</p>', ['_N_T_/layout', '_N_T_/partners/deyang']);
    await first.set('/partners/deyang', stored);

    const read = (await second.get('/partners/deyang'))?.value as ReturnType<typeof page>;
    expect(read.html).toBe(stored.html);
    expect(Buffer.isBuffer(read.rscData) && read.rscData.equals(stored.rscData)).toBe(true);
    expect(read.segmentData.get('/_tree')?.toString()).toBe('tree');

    // A publish through the second server must refresh the page on the first.
    await second.revalidateTag(['_N_T_/layout']);
    expect(await first.get('/partners/deyang')).toBeNull();
    expect(await first.lastRevalidation()).toBe(await second.lastRevalidation());
    expect(await first.lastRevalidation()).toBeGreaterThan(0);
    expect((await redis.keys(`${prefix}:*`)).length).toBeGreaterThan(0);
  });

  it('renders afresh rather than serve a possibly stale page when Redis cannot be reached', async () => {
    const cache = await startServer({ REDIS_URL: 'redis://127.0.0.1:1', REDIS_KEY_PREFIX: prefix });
    await cache.set('/', page('<p>home</p>', ['_N_T_/layout']));
    expect(await cache.get('/')).toBeNull();
    // Unknown, not "never": with 0 the public front would keep serving what it kept.
    expect(await cache.lastRevalidation()).toBeNull();
  });
});
