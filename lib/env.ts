// Environment variables, read and checked in one place. Defaults are documented in README.md.
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  SITE_URL: z.string().url().default('http://localhost:3000'),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  CACHE_REFRESH_TOKEN: z.string().min(32).optional(),
  FRONTEND_CACHE_URLS: z.string().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

function read() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  return parsed.data;
}

export const env = {
  /** Signs session tokens. `npm start` generates one under .data/ when none is configured. */
  authSecret(): string {
    const secret = read().NEXTAUTH_SECRET;
    if (!secret) throw new Error('NEXTAUTH_SECRET is not set (at least 32 characters). `npm start` provides one.');
    return secret;
  },
  /** The public origin, for canonical URLs, the sitemap and feeds. */
  siteUrl(): string {
    return read().SITE_URL.replace(/\/$/, '');
  },
  /** Lets operators refresh cached pages after editing the database by hand; unset, nobody can. */
  cacheRefreshToken(): string | null {
    return read().CACHE_REFRESH_TOKEN ?? null;
  },
  /** HTTP caches in front of the site (Varnish, nginx) that a publish purges; none by default. */
  frontendCacheUrls(): string[] {
    return (read().FRONTEND_CACHE_URLS ?? '')
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean);
  },
  databaseUrl(): string {
    const url = read().DATABASE_URL;
    if (!url) {
      throw new Error('DATABASE_URL is not set. Start the site with `npm start`, which provides a database.');
    }
    return url;
  },
};
