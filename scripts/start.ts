// npm start — one command to a working site: database (embedded unless DATABASE_URL is set),
// migrations, seed data, production build when stale, then `next start`. Ctrl-C stops it all.
import { migrateDatabase } from '@/lib/db/migrate';
import { seedDatabase } from '@/lib/seed/seed-database';
import { openAppDatabase } from './lib/app-database';
import { ensureBuild } from './lib/build';
import { ensureDemoAccounts, localAuthSecret } from './lib/local-setup';
import { signalGroup, startLongRunning } from './lib/processes';
import { runMain } from './lib/run-main';

const log = (line: string) => console.log(`[start] ${line}`);

runMain(async () => {
  const dev = process.argv.includes('--dev');
  const port = process.env.PORT ?? '3000';
  const { url, server } = await openAppDatabase(log);

  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    if (server.embedded) log('PostgreSQL stopped');
  };
  try {
    await migrateDatabase({ databaseUrl: url, log });
    const seeded = await seedDatabase({ databaseUrl: url, log });
    log(seeded.inserted === 0 ? 'seed data already loaded' : `seed data loaded: ${seeded.inserted} rows`);
    await ensureDemoAccounts(url, log);
    if (!dev) await ensureBuild(url, log);
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const next = startLongRunning('npx', ['tsx', 'scripts/serve.ts', ...(dev ? ['--dev'] : [])], {
    env: {
      DATABASE_URL: url,
      PORT: port,
      NEXTAUTH_SECRET: await localAuthSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: dev ? 'development' : 'production',
    },
  });
  log(`serving on http://localhost:${port} (Ctrl-C to stop)`);

  await new Promise<void>((resolve) => {
    const forward = (signal: NodeJS.Signals) => signalGroup(next, signal);
    process.on('SIGINT', () => forward('SIGINT'));
    process.on('SIGTERM', () => forward('SIGTERM'));
    next.on('exit', () => resolve());
  });
  await stopDatabase();
});
