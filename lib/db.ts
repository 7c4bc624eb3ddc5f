import 'server-only';
import { createPrismaClient, createQueryLoggingPrismaClient, type Db } from '@/lib/db/client';
import { env } from '@/lib/env';

// One client per server process, created on first use (so `next build` needs no database) and
// kept on globalThis so that dev-mode reloads do not open new connection pools.
const globalForDb = globalThis as unknown as { cmsDb?: Db };

function client(): Db {
  globalForDb.cmsDb ??= (process.env.CMS_LOG_QUERIES === '1' ? createQueryLoggingPrismaClient : createPrismaClient)(
    env.databaseUrl(),
  );
  return globalForDb.cmsDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(instance) : value;
  },
});
