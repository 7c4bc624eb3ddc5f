// @ts-check
// The cache behind public pages (Next.js `cacheHandler`): rendered pages are kept here and served
// without touching PostgreSQL until a publish revalidates them.
// - Without REDIS_URL the entries live in this process's memory (one server).
// - With REDIS_URL they live in Redis, shared by every `next start` instance, and so are the
//   revalidation times of tags: a publish through one instance refreshes the pages of all.
// A revalidated entry is a miss (never served stale), so an editor sees a publish at once.
// Plain CommonJS because Next.js loads this file itself, outside the app bundle.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { createClient } = require('redis');

const MEMORY_ENTRY_LIMIT = 5_000;
const REDIS_TIMEOUT_MS = 500;
// The header in which Next.js records a page's tags, including the implicit path tags that
// revalidatePath() targets.
const TAGS_HEADER = 'x-next-cache-tags';

/**
 * @typedef {{ value: any, lastModified: number, tags: string[] }} Entry
 * @typedef {{
 *   read(key: string): Promise<Entry | null>,
 *   write(key: string, entry: Entry): Promise<void>,
 *   revalidatedAt(tags: string[]): Promise<number>,
 *   markRevalidated(tags: string[], at: number): Promise<void>,
 *   lastRevalidation(): Promise<number | null>,
 * }} Store
 */

/** @returns {Store} */
function memoryStore() {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  /** @type {Map<string, number>} */
  const tagTimes = new Map();
  let last = 0;
  return {
    async read(key) {
      const entry = entries.get(key);
      if (!entry) return null;
      // Re-inserting keeps the Map in least-recently-used order for eviction.
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    async write(key, entry) {
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > MEMORY_ENTRY_LIMIT) entries.delete(entries.keys().next().value ?? '');
    },
    async revalidatedAt(tags) {
      return Math.max(0, ...tags.map((tag) => tagTimes.get(tag) ?? 0));
    },
    async markRevalidated(tags, at) {
      for (const tag of tags) tagTimes.set(tag, at);
      last = Math.max(last, at);
    },
    async lastRevalidation() {
      return last;
    },
  };
}

// Buffers and Maps (a page's RSC payload and segment data) do not survive JSON on their own.
/** @param {string} _key @param {unknown} value */
function encode(_key, value) {
  if (value instanceof Map) return { $map: [...value.entries()] };
  if (value && typeof value === 'object' && /** @type {any} */ (value).type === 'Buffer') {
    return { $buffer: Buffer.from(/** @type {any} */ (value).data).toString('base64') };
  }
  return value;
}
/** @param {string} _key @param {any} value */
function decode(_key, value) {
  if (value && typeof value === 'object') {
    if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64');
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

/**
 * Keys carry the build ID, so a new build never serves pages rendered by an older one.
 * @param {string} url
 * @param {string} namespace
 * @returns {Store}
 */
function redisStore(url, namespace) {
  const pageKey = (/** @type {string} */ key) => `${namespace}:page:${key}`;
  const tagsKey = `${namespace}:tag-revalidated-at`;
  const lastKey = `${namespace}:last-revalidation`;
  const client = createClient({ url, socket: { connectTimeout: REDIS_TIMEOUT_MS } });
  // Without a listener an unreachable Redis would crash the server; pages then render afresh.
  client.on('error', (error) => console.error('page cache: redis error:', error.message));
  const ready = client.connect().catch((error) => console.error('page cache: redis unavailable:', error.message));
  /** @template T @param {() => Promise<T>} work @param {T} fallback @returns {Promise<T>} */
  const guarded = async (work, fallback) => {
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(fallback), REDIS_TIMEOUT_MS)));
    try {
      return /** @type {T} */ (await Promise.race([ready.then(() => (client.isReady ? work() : fallback)), timeout]));
    } catch (error) {
      console.error('page cache: redis error:', error instanceof Error ? error.message : error);
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    read: (key) =>
      guarded(async () => {
        const stored = await client.get(pageKey(key));
        return stored === null ? null : JSON.parse(stored, decode);
      }, null),
    write: (key, entry) =>
      guarded(async () => {
        await client.set(pageKey(key), JSON.stringify(entry, encode));
      }, undefined),
    revalidatedAt: (tags) =>
      guarded(async () => {
        if (tags.length === 0) return 0;
        const times = await client.hmGet(tagsKey, tags);
        return Math.max(0, ...times.map((time) => Number(time ?? 0)));
      }, Number.POSITIVE_INFINITY),
    markRevalidated: (tags, at) =>
      guarded(async () => {
        if (tags.length === 0) return;
        await client
          .multi()
          .hSet(tagsKey, Object.fromEntries(tags.map((tag) => [tag, String(at)])))
          .set(lastKey, String(at))
          .exec();
      }, undefined),
    lastRevalidation: () => guarded(async () => Number((await client.get(lastKey)) ?? 0), null),
  };
}

/** @returns {Store} A store that keeps nothing: every page is rendered from the database. */
function disabledStore() {
  return {
    read: async () => null,
    write: async () => {},
    revalidatedAt: async () => Number.POSITIVE_INFINITY,
    markRevalidated: async () => {},
    // Unknown, so the public front keeps no responses either.
    lastRevalidation: async () => null,
  };
}

/** @type {Store | null} */
let sharedStore = null;

/** @param {string | undefined} serverDistDir */
function openStore(serverDistDir) {
  // PAGE_CACHE=off shows what a page costs without the cache (benchmarks, debugging).
  if (process.env.PAGE_CACHE === 'off') return disabledStore();
  // The build prerenders pages too; those renders stay in the build's memory, never in Redis.
  const url = process.env.NEXT_PHASE === 'phase-production-build' ? undefined : process.env.REDIS_URL;
  if (!url || !serverDistDir) return memoryStore();
  const buildId = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  return redisStore(url, `${process.env.REDIS_KEY_PREFIX ?? 'cms'}:${buildId}`);
}

/** @param {any} value */
function headerTags(value) {
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === 'string' && header !== '' ? header.split(',') : [];
}

// When each missed page began rendering. A render that read the database before a publish may
// store its page after the publish revalidated; dating the entry from its miss, not its store,
// keeps such a page a miss.
/** @type {Map<string, number>} */
const missedAt = new Map();

module.exports = class PageCacheHandler {
  /** @param {{ serverDistDir?: string }} options */
  constructor(options) {
    sharedStore ??= openStore(options.serverDistDir);
    this.store = sharedStore;
  }

  /** @param {string} key @param {{ tags?: string[], softTags?: string[] }} [context] */
  async get(key, context) {
    const now = Date.now();
    const entry = await this.store.read(key);
    const tags = entry ? [...new Set([...entry.tags, ...headerTags(entry.value), ...(context?.softTags ?? [])])] : [];
    // Unknown revalidation state (Redis unreachable) counts as revalidated: never serve stale.
    if (entry && (await this.store.revalidatedAt(tags)) < entry.lastModified) return entry;
    if (missedAt.size > MEMORY_ENTRY_LIMIT) missedAt.clear();
    if (!missedAt.has(key)) missedAt.set(key, now);
    return null;
  }

  /** @param {string} key @param {any} value @param {{ tags?: string[] }} [context] */
  async set(key, value, context) {
    if (value === null) return;
    const lastModified = missedAt.get(key) ?? Date.now();
    missedAt.delete(key);
    const entry = { value, lastModified, tags: context?.tags ?? [] };
    await this.store.write(key, entry);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await this.store.markRevalidated(Array.isArray(tags) ? tags : [tags], Date.now());
  }

  resetRequestCache() {}

  /**
   * When a tag was last revalidated on any server (a publish), or null when that cannot be known
   * (Redis unreachable, or the cache switched off). The public front (scripts/lib/public-front.ts)
   * keeps a response only while this stays what it was when the response began rendering.
   * @returns {Promise<number | null>}
   */
  lastRevalidation() {
    return this.store.lastRevalidation();
  }
};
