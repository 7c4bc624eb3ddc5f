// A seeded test database that the app's data layer (lib/db.ts) reads, with one draft metric that
// public reads must never show.
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestDatabase, type TestDatabase } from './database';
import { seedMetric } from './factories';

export async function openPublicDatabase(draft: { slug: string; nameZh: string }): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await seedDatabase({ databaseUrl: database.url });
  // lib/db.ts uses the client on globalThis when one is there.
  (globalThis as { cmsDb?: unknown }).cmsDb = database.db;
  const economy = await database.db.topic.findUniqueOrThrow({ where: { slug: 'economy' } });
  await seedMetric(database.db, {
    ...draft,
    unit: '亿元',
    topicId: economy.id,
    status: 'DRAFT',
    observations: [
      {
        period: '2019',
        periodLabel: '2019年',
        value: '1240',
        source: 'jiangbei-reform-empowerment',
        quote: '1240亿元、增长8%',
      },
    ],
  });
  return database;
}

export async function closePublicDatabase(database: TestDatabase) {
  delete (globalThis as { cmsDb?: unknown }).cmsDb;
  await database.drop();
}
