import 'server-only';
import { env } from '@/lib/env';

// A purge that takes longer than this is abandoned (and logged): the publish has happened, and
// the cache's own expiry (s-maxage in lib/http/cache-control.ts) bounds how long it shows old pages.
const PURGE_TIMEOUT_MS = 2_000;

/**
 * Asks every HTTP cache in front of the site (FRONTEND_CACHE_URLS, e.g. Varnish with
 * deploy/varnish/default.vcl) to drop what it holds, as Wagtail's frontend cache does on publish.
 * One record shows on many pages (home, topics, partners, lists, search, the API), so the whole
 * public site is purged. Never throws; returns the caches that did not confirm.
 */
export async function purgeFrontendCaches(urls = env.frontendCacheUrls()): Promise<string[]> {
  const failed = await Promise.all(
    urls.map(async (url) => {
      try {
        const answer = await fetch(url, { method: 'PURGE', signal: AbortSignal.timeout(PURGE_TIMEOUT_MS) });
        if (answer.ok) return null;
        console.error(`frontend cache ${url} refused the purge: ${answer.status}`);
      } catch (error) {
        console.error(`frontend cache ${url} could not be purged:`, error instanceof Error ? error.message : error);
      }
      return url;
    }),
  );
  return failed.filter((url): url is string => url !== null);
}
