// Search in Chinese over the seed dataset: the examples of issue 7 find what a reader expects on the
// first page, drafts never appear, and wildcard characters match themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedProject } from '@/tests/helpers/factories';

let database: TestDatabase;
let search: typeof import('@/lib/public/search').search;
let searchCandidateQueries: typeof import('@/lib/public/search').searchCandidateQueries;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase({ databaseUrl: database.url });
  (globalThis as { cmsDb?: unknown }).cmsDb = database.db;
  ({ search, searchCandidateQueries } = await import('@/lib/public/search'));
  const topic = await database.db.topic.findUniqueOrThrow({ where: { slug: 'urban-development' } });
  await seedProject(database.db, {
    slug: 'draft-beibin-secret',
    name: '北滨路草稿项目（不应出现）',
    topicId: topic.id,
    source: 'jiangbei-seven-tasks',
    quote: '北滨路东延伸段',
    status: 'DRAFT',
  });
}, 120_000);

afterAll(async () => {
  delete (globalThis as { cmsDb?: unknown }).cmsDb;
  await database.drop();
});

const titles = async (query: string, group: string) =>
  ((await search(query)).find((g) => g.key === group)?.hits ?? []).map((h) => h.title);

describe('search', () => {
  it('finds 德阳 and 德阳市 as the partner city first, and its agreements', async () => {
    expect((await titles('德阳', 'organisations'))[0]).toBe('四川省德阳市');
    expect((await titles('德阳市', 'organisations'))[0]).toBe('四川省德阳市');
    expect((await titles('德阳', 'agreements')).length).toBeGreaterThanOrEqual(5);
  });

  it('finds 教育合作 in agreement titles and 北滨路 in projects, never a draft', async () => {
    expect(await titles('教育合作', 'agreements')).toContain('成渝地区双城经济圈教育合作框架协议');
    const beibin = await titles('北滨路', 'projects');
    expect(beibin).toContain('北滨路东延伸段生态综合修复工程');
    expect(beibin.join()).not.toContain('草稿');
  });

  it('searches the text of sources, ignoring line breaks from PDF extraction', async () => {
    // In 003 this phrase is split across two lines.
    const hits = (await search('总量连续3年提档晋位')).find((g) => g.key === 'sources')?.hits ?? [];
    expect(hits.map((h) => h.title)).toContain('江北 改革赋能“两高”示范区建设');
    expect(hits[0]?.snippet).toContain('总量连续3年提档晋位');
  });

  it('matches % and _ literally and finds nothing for nonsense', async () => {
    // As a LIKE wildcard, % would match every metric; as text it matches only those that contain it.
    const percent = (await search('%')).find((g) => g.key === 'metrics')?.total ?? 0;
    const metrics = await database.db.metric.count({ where: { status: 'PUBLISHED' } });
    expect(percent).toBeGreaterThan(0);
    expect(percent).toBeLessThan(metrics / 2);
    expect(await search('_')).toEqual([]);
    expect(await search('zzqqxx不存在的词')).toEqual([]);
  });
});

describe('search by a project alias', () => {
  it('finds 九街 by 大九街 and 不夜九街, and 升级版太古里 by 升级版远洋太古里, from the alias alone', async () => {
    // The seed's descriptions mention the other names too: without them, only the aliases can match.
    await database.db.project.updateMany({
      where: { slug: { in: ['jiujie', 'upgraded-taikoo-li'] } },
      data: { description: '' },
    });
    for (const [query, title] of [
      ['大九街', '九街'],
      ['不夜九街', '九街'],
      ['升级版远洋太古里', '川渝双地标“升级版太古里”'],
    ] as const) {
      const hits = (await search(query)).find((g) => g.key === 'projects')?.hits ?? [];
      expect(hits[0]?.title, query).toBe(title);
      expect(hits[0]?.snippet, query).toBe(`又称 ${query}`);
    }
  });
});

describe('search pages', () => {
  it('pages through one group of results', async () => {
    const all = (await search('德阳')).find((g) => g.key === 'agreements')!;
    const first = (await search('德阳', { group: 'agreements', page: 1 }))[0]!;
    const beyond = (await search('德阳', { group: 'agreements', page: 99 }))[0]!;
    expect(first.key).toBe('agreements');
    expect(first.total).toBe(all.total);
    expect(first.hits.map((h) => h.href)).toEqual(all.hits.map((h) => h.href));
    expect(beyond.hits).toEqual([]);
    expect(await search('德阳', { group: 'agreements', page: 1 })).toHaveLength(1);
  });

  // The seed is small enough that PostgreSQL rightly scans; on a large dataset the plan must be able
  // to use the n-gram indexes, which it can only if the query repeats each index expression exactly.
  it('can answer every group through its n-gram GIN index', async () => {
    const expected: Record<string, string[]> = {
      metrics: ['Metric_search_idx', 'Observation_search_idx'],
      projects: ['Project_search_idx'],
      agreements: ['Agreement_search_idx', 'Organisation_search_idx'],
      organisations: ['Organisation_search_idx'],
      sources: ['SourceVersionSearch_search_idx'],
    };
    for (const [group, sql] of Object.entries(searchCandidateQueries('教育合作'))) {
      const plan = await database.db.$transaction(async (tx) => {
        // Leave the planner only index-driven ways to read each table, as it would choose at scale.
        for (const plan of ['seqscan', 'indexscan', 'nestloop', 'mergejoin']) {
          await tx.$executeRawUnsafe(`SET LOCAL enable_${plan} = off`);
        }
        const rows = await tx.$queryRaw<Array<{ 'QUERY PLAN': string }>>(Prisma.sql`EXPLAIN ${sql}`);
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      for (const index of expected[group]!) expect(plan, `${group} uses ${index}`).toContain(index);
    }
  });
});
