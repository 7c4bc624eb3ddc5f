// npm run db:migrate — applies pending migrations to the app database.
import { migrateDatabase } from '@/lib/db/migrate';
import { withAppDatabase } from './lib/app-database';
import { runMain } from './lib/run-main';

runMain(() =>
  withAppDatabase(async (url) => {
    const result = await migrateDatabase({ databaseUrl: url, log: console.log });
    console.log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied} already up to date`);
  }),
);
