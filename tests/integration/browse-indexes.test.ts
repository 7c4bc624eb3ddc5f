// The index pages (/metrics, /topics, /partners, issue 15): they count what the pages they link to
// list, show only published records, and read in a fixed number of SQL statements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountingPrismaClient } from '@/lib/db/client';
import { seedDatabase } from '@/lib/seed/seed-database';
import { seedMetric, seedTopic } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';

let database: TestDatabase;
let counting: ReturnType<typeof createCountingPrismaClient>;
let topics: typeof import('@/lib/public/topics');
let agreements: typeof import('@/lib/records/agreement/public');

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase({ databaseUrl: database.url });
  counting = createCountingPrismaClient(database.url);
  // lib/db.ts uses the client on globalThis when one is there: hand it the counting one.
  (globalThis as { cmsDb?: unknown }).cmsDb = counting.client;
  topics = await import('@/lib/public/topics');
  agreements = await import('@/lib/records/agreement/public');
}, 120_000);

afterAll(async () => {
  delete (globalThis as { cmsDb?: unknown }).cmsDb;
  await counting.client.$disconnect();
  await database.drop();
});

async function statements<T>(read: () => Promise<T>): Promise<{ count: number; result: T }> {
  counting.counter.statements.length = 0;
  const result = await read();
  return { count: counting.counter.statements.length, result };
}

const figure = (value: string) => ({
  period: '2019',
  periodLabel: '2019年',
  value,
  source: 'jiangbei-reform-empowerment',
  quote: '1240亿元、增长8%',
});

describe('browse indexes', () => {
  it('counts for each topic what its page lists', async () => {
    for (const topic of await topics.listTopicsWithCounts()) {
      const page = (await topics.getTopicPage(topic.slug))!;
      expect(topic.counts, topic.slug).toEqual({
        metrics: page.metrics.filter((m) => m.observations.length > 0).length,
        projects: page.projects.length,
        agreements: page.agreements.length,
      });
    }
  });

  it('counts for each partner the agreements its page lists, most first', async () => {
    const partners = await agreements.listPartners();
    expect(partners.map((p) => p.name)).toEqual(expect.arrayContaining(['四川省德阳市', '四川省巴中市']));
    for (const partner of partners) {
      const page = (await agreements.getPartnerPage(partner.slug))!;
      expect(partner.agreementCount, partner.slug).toBe(page.agreements.length);
    }
    const counts = partners.map((p) => p.agreementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('lists published metrics with a figure under published topics only, in a fixed number of statements', async () => {
    const before = await statements(() => topics.listMetricsByTopic());
    const economy = before.result.find((t) => t.slug === 'economy')!;
    expect(economy.metrics.map((m) => m.slug)).toContain('gdp');

    const live = await seedTopic(database.db, { slug: 'browse-live', nameZh: '浏览测试专题' });
    const hidden = await seedTopic(database.db, { slug: 'browse-hidden', nameZh: '草稿专题', status: 'DRAFT' });
    for (let i = 0; i < 30; i += 1) {
      await seedMetric(database.db, {
        slug: `browse-metric-${i}`,
        nameZh: `浏览指标${i}`,
        unit: '亿元',
        topicId: live.id,
        observations: [figure('1240')],
      });
    }
    await seedMetric(database.db, {
      slug: 'browse-draft',
      nameZh: '草稿指标',
      unit: '亿元',
      topicId: live.id,
      status: 'DRAFT',
      observations: [figure('1240')],
    });
    await seedMetric(database.db, {
      slug: 'browse-in-draft-topic',
      nameZh: '草稿专题下的指标',
      unit: '亿元',
      topicId: hidden.id,
      observations: [figure('1240')],
    });

    const after = await statements(() => topics.listMetricsByTopic());
    const slugs = after.result.flatMap((t) => t.metrics.map((m) => m.slug));
    expect(slugs.filter((s) => s.startsWith('browse-metric-'))).toHaveLength(30);
    expect(slugs).not.toContain('browse-draft');
    expect(slugs).not.toContain('browse-in-draft-topic');
    expect(after.result.map((t) => t.slug)).not.toContain('browse-hidden');
    expect(after.count).toBe(before.count);
  }, 120_000);
});
