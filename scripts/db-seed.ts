// npm run db:seed — loads the dataset under seeds/ (idempotent; see lib/seed/seed-database.ts).
import { migrateDatabase } from '@/lib/db/migrate';
import { seedDatabase } from '@/lib/seed/seed-database';
import { withAppDatabase } from './lib/app-database';
import { runMain } from './lib/run-main';

runMain(() =>
  withAppDatabase(async (url) => {
    await migrateDatabase({ databaseUrl: url, log: console.log });
    await seedDatabase({ databaseUrl: url, log: console.log });
  }),
);
