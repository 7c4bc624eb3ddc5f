// A topic page's data comes in a fixed number of SQL statements, however many records it shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountingPrismaClient } from '@/lib/db/client';
import { seedDatabase } from '@/lib/seed/seed-database';
import { seedMetric, seedProject, seedTopic } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';

describe('topic page query count', () => {
  let database: TestDatabase;
  let counting: ReturnType<typeof createCountingPrismaClient>;
  let getTopicPage: (slug: string) => Promise<unknown>;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase({ databaseUrl: database.url });
    counting = createCountingPrismaClient(database.url);
    // lib/db.ts uses the client on globalThis when one is there: hand it the counting one.
    (globalThis as { cmsDb?: unknown }).cmsDb = counting.client;
    ({ getTopicPage } = await import('@/lib/public/topics'));
  });
  afterAll(async () => {
    delete (globalThis as { cmsDb?: unknown }).cmsDb;
    await counting.client.$disconnect();
    await database.drop();
  });

  async function addRecords(topicId: string, from: number, to: number) {
    for (let i = from; i < to; i += 1) {
      await seedMetric(database.db, {
        slug: `count-metric-${i}`,
        nameZh: `计数指标${i}`,
        unit: '亿元',
        topicId,
        observations: [
          {
            period: '2019',
            periodLabel: '2019年',
            value: '1240',
            source: 'jiangbei-reform-empowerment',
            quote: '1240亿元、增长8%',
          },
          {
            period: '2016',
            periodLabel: '2016年',
            value: '778',
            source: 'jiangbei-yearbook-2020',
            quote: '2016年的778亿元',
          },
        ],
      });
      await seedProject(database.db, {
        slug: `count-project-${i}`,
        name: `计数项目${i}`,
        topicId,
        source: 'jiangbei-vision-to-reality',
        quote: '北滨路东延伸段生态综合修复工程',
      });
    }
  }

  async function statementsFor(slug: string): Promise<{ count: number; page: unknown }> {
    counting.counter.statements.length = 0;
    const page = await getTopicPage(slug);
    return { count: counting.counter.statements.length, page };
  }

  it('is the same for 10 and for 100 metrics and projects', async () => {
    const small = await seedTopic(database.db, { slug: 'count-small', nameZh: '十条' });
    const large = await seedTopic(database.db, { slug: 'count-large', nameZh: '一百条' });
    await addRecords(small.id, 0, 10);
    await addRecords(large.id, 10, 110);

    const ten = await statementsFor('count-small');
    const hundred = await statementsFor('count-large');
    expect((ten.page as { metrics: unknown[] }).metrics).toHaveLength(10);
    expect((hundred.page as { metrics: unknown[] }).metrics).toHaveLength(100);
    expect(ten.count).toBeGreaterThan(0);
    expect(hundred.count).toBe(ten.count);
    console.log(`topic page: ${ten.count} SQL statements for 10 records, ${hundred.count} for 100`);
  }, 120_000);
});
