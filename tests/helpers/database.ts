// Each integration test file gets its own freshly migrated database on the server that
// `npm test` provides (TEST_DATABASE_SERVER_URL), dropped when the file is done.
import { randomBytes } from 'node:crypto';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { assertLocalServer, dropDatabase, ensureDatabase } from '@/scripts/lib/database';

export type TestDatabase = { url: string; name: string; db: Db; drop: () => Promise<void> };

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER_URL;
  if (!url) {
    throw new Error('Integration tests need a database server: run them with `npm run test:integration` (see README).');
  }
  assertLocalServer(url);
  return url;
}

export async function createTestDatabase(
  options: { migrate?: boolean; serverUrl?: string } = {},
): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? testServerUrl();
  const name = `cms_test_${randomBytes(6).toString('hex')}`;
  const url = await ensureDatabase(serverUrl, name);
  if (options.migrate !== false) await migrateDatabase({ databaseUrl: url });
  const db = createPrismaClient(url);
  return {
    url,
    name,
    db,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(serverUrl, name);
    },
  };
}
