// Metrics are found by their English name and their synonyms (issue 15): "GDP" finds 地区生产总值,
// case does not matter, an editor's new synonym is searchable once the change is published, and an
// unpublished or deleted metric's synonym finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor-type';
import { decideChange, saveChange, submitChange } from '@/lib/changes/changes';
import { metricKind } from '@/lib/records/metric/record';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedEditorAndReviewer } from '@/tests/helpers/workflow';

let database: TestDatabase;
let search: typeof import('@/lib/public/search').search;
const actors: Record<'editor' | 'reviewer', Actor> = {} as never;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase({ databaseUrl: database.url });
  (globalThis as { cmsDb?: unknown }).cmsDb = database.db;
  ({ search } = await import('@/lib/public/search'));
  Object.assign(actors, await seedEditorAndReviewer(database.db));
}, 120_000);

afterAll(async () => {
  delete (globalThis as { cmsDb?: unknown }).cmsDb;
  await database.drop();
});

const metricHits = async (query: string) => (await search(query)).find((g) => g.key === 'metrics')?.hits ?? [];

describe('metric synonyms in search', () => {
  it('finds 地区生产总值 by the seeded synonym GDP in any case, and says why it matched', async () => {
    for (const query of ['GDP', 'gdp', '地区GDP']) {
      const gdp = (await metricHits(query)).find((h) => h.href === '/metrics/gdp');
      expect(gdp?.title, query).toBe('地区生产总值');
    }
    const gdp = (await metricHits('gdp')).find((h) => h.href === '/metrics/gdp');
    expect(gdp?.snippet).toMatch(/^又称 GDP · 经济发展/);
  });

  it('finds a metric by its English name alone', async () => {
    // "Urbanisation rate" is only its English name; its synonym is spelt "urbanization".
    const hits = await metricHits('urbanisation');
    expect(hits.map((h) => h.title)).toEqual(['城镇化率']);
    expect(hits[0]?.snippet).toContain('又称 Urbanisation rate');
  });

  it('never finds an unpublished or deleted metric by its synonym', async () => {
    const topic = await database.db.topic.findUniqueOrThrow({ where: { slug: 'economy' } });
    const hidden = { unit: '亿元', topicId: topic.id };
    await database.db.metric.createMany({
      data: [
        { ...hidden, slug: 'draft-synonym', nameZh: '草稿指标', synonyms: ['zzqhidden'], status: 'DRAFT' },
        {
          ...hidden,
          slug: 'deleted-synonym',
          nameZh: '已删除指标',
          synonyms: ['zzqhidden'],
          status: 'PUBLISHED',
          deletedAt: new Date(),
        },
        { ...hidden, slug: 'live-synonym', nameZh: '已发布指标', synonyms: ['ZZQvisible'], status: 'PUBLISHED' },
      ],
    });
    expect(await search('zzqhidden')).toEqual([]);
    expect((await metricHits('zzqvisible')).map((h) => h.title)).toEqual(['已发布指标']);
  });

  it('makes a synonym an editor adds searchable once a reviewer publishes the change', async () => {
    const metric = await database.db.metric.findUniqueOrThrow({ where: { slug: 'resident-population' } });
    const current = (await database.db.$transaction((tx) => metricKind.load(tx, metric.id)))!;
    expect(current.data.synonyms).toEqual(['permanent resident population']);
    const change = await saveChange(database.db, actors.editor, {
      recordType: 'METRIC',
      recordId: metric.id,
      baseVersion: current.version,
      changeId: null,
      changeVersion: null,
      data: { ...current.data, synonyms: [...current.data.synonyms, ' 人口规模probe '] },
    });
    const inReview = await submitChange(database.db, actors.editor, {
      changeId: change.id,
      changeVersion: change.version,
    });
    expect(await metricHits('人口规模probe')).toEqual([]);

    await decideChange(
      database.db,
      actors.reviewer,
      { changeId: change.id, outcome: 'APPROVED', comment: '', contentHash: inReview.contentHash },
      { refreshPublicPages: () => undefined },
    );
    const stored = await database.db.metric.findUniqueOrThrow({ where: { id: metric.id } });
    // The form's schema trims what the editor typed.
    expect(stored.synonyms).toEqual(['permanent resident population', '人口规模probe']);
    expect((await metricHits('人口规模PROBE')).map((h) => h.title)).toEqual(['常住人口']);
  });
});
