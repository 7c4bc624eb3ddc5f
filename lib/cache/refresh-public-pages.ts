import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { env } from '@/lib/env';
import { purgeFrontendCaches } from './frontend-caches';

/**
 * Marks every cached page stale; the next reader of each gets it rendered from the database.
 * The root layout's tag is on every page, so this covers public pages and admin lists alike, and
 * the public front's kept responses (scripts/lib/public-front.ts). Then the HTTP caches in front
 * of the site are purged.
 */
export async function refreshPublicPages() {
  revalidatePath('/', 'layout');
  await purgeFrontendCaches();
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether an `Authorization: Bearer …` header carries the configured refresh token. */
export function refreshAuthorization(header: string | null): 'unconfigured' | 'refused' | 'allowed' {
  const token = env.cacheRefreshToken();
  if (token === null) return 'unconfigured';
  const given = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  // Digests have one length, so the comparison takes the same time whatever was sent.
  return timingSafeEqual(digest(given), digest(token)) ? 'allowed' : 'refused';
}
