// The part every bench script shares: a throw-away database on the test database server (the
// embedded PostgreSQL, or DATABASE_URL's server), migrated, seeded and with the production build
// made for it; dropped when the script's work is done, whether it failed or not.
import { randomBytes } from 'node:crypto';
import { migrateDatabase } from '@/lib/db/migrate';
import { seedDatabase } from '@/lib/seed/seed-database';
import { ensureBuild } from '../../scripts/lib/build';
import { assertLocalServer, dropDatabase, ensureDatabase, openDatabaseServer } from '../../scripts/lib/database';

export type SeededDatabase = { url: string; serverUrl: string; seedSeconds: number };

export async function withSeededDatabase(
  prefix: string,
  log: (line: string) => void,
  run: (database: SeededDatabase) => Promise<void>,
) {
  const server = await openDatabaseServer({ purpose: 'test', log });
  assertLocalServer(server.serverUrl);
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  try {
    const url = await ensureDatabase(server.serverUrl, name);
    await migrateDatabase({ databaseUrl: url });
    const seedStarted = performance.now();
    await seedDatabase({ databaseUrl: url });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    await ensureBuild(url, log);
    await run({ url, serverUrl: server.serverUrl, seedSeconds });
  } finally {
    await dropDatabase(server.serverUrl, name).catch(() => undefined);
    await server.stop();
  }
}

/** Runs a script's body: exit 0 when it resolves; print the error and exit 1 when it throws. */
export function runScript(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
