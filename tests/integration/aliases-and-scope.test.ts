// Issue 13 through the one data path: a project's aliases and an observation's scope are saved as a
// change, checked against the quotes (an alias no quote writes is refused), published in place
// (observation ids kept) and shown in the change's diff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor-type';
import { AppError } from '@/lib/errors';
import { decideChange, saveChange, submitChange } from '@/lib/changes/changes';
import { metricKind } from '@/lib/records/metric/record';
import { projectKind } from '@/lib/records/project/record';
import { diffRecords } from '@/lib/records/record-diff';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedEditorAndReviewer } from '@/tests/helpers/workflow';

let database: TestDatabase;
const actors: Record<'editor' | 'reviewer', Actor> = {} as never;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase({ databaseUrl: database.url });
  Object.assign(actors, await seedEditorAndReviewer(database.db));
}, 120_000);

afterAll(async () => {
  await database.drop();
});

async function publish(recordType: 'PROJECT' | 'METRIC', recordId: string, baseVersion: number, data: unknown) {
  const change = await saveChange(database.db, actors.editor, {
    recordType,
    recordId,
    baseVersion,
    changeId: null,
    changeVersion: null,
    data,
  });
  const inReview = await submitChange(database.db, actors.editor, {
    changeId: change.id,
    changeVersion: change.version,
  });
  await decideChange(
    database.db,
    actors.reviewer,
    { changeId: change.id, outcome: 'APPROVED', comment: '', contentHash: inReview.contentHash },
    { refreshPublicPages: () => undefined },
  );
}

const load = <T>(kind: { load: (tx: never, id: string) => Promise<T> }, id: string) =>
  database.db.$transaction((tx) => kind.load(tx as never, id));

describe('project aliases', () => {
  it('are seeded from each document, and an alias no quote writes is refused on save', async () => {
    const project = await database.db.project.findUniqueOrThrow({ where: { slug: 'jiujie' } });
    expect([...project.aliases].sort()).toEqual(['不夜九街', '大九街'].sort());
    const current = (await load(projectKind, project.id))!;
    const error = await saveChange(database.db, actors.editor, {
      recordType: 'PROJECT',
      recordId: project.id,
      baseVersion: current.version,
      changeId: null,
      changeVersion: null,
      data: { ...current.data, aliases: [...current.data.aliases, '小九街'] },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const fieldErrors = (error as AppError).details.fieldErrors as Record<string, string>;
    expect(fieldErrors).toEqual({ 'aliases.2': expect.stringContaining('别名“小九街”未出现在任何一条引文中') });
  });

  it('are published through a reviewed change, and the diff names the alias removed', async () => {
    const project = await database.db.project.findUniqueOrThrow({ where: { slug: 'jiujie' } });
    const before = (await load(projectKind, project.id))!;
    await publish('PROJECT', project.id, before.version, {
      ...before.data,
      aliases: before.data.aliases.filter((a) => a !== '不夜九街'),
    });
    const after = (await load(projectKind, project.id))!;
    expect(after.data.aliases).toEqual(['大九街']);
    const rows = diffRecords(before.data, after.data, new Map());
    expect(rows).toContainEqual(expect.objectContaining({ kind: 'removed', before: '不夜九街' }));
    expect(rows.find((r) => r.before === '不夜九街')!.label).toMatch(/^别名/);
  });
});

describe('observation scope', () => {
  it('is edited in place: the observation keeps its id, and the diff shows 统计范围', async () => {
    const metric = await database.db.metric.findUniqueOrThrow({ where: { slug: 'financial-assets' } });
    const before = (await load(metricKind, metric.id))!;
    const core = before.data.observations.find((o) => o.value === '1.8')!;
    expect(core.scope).toBe('江北嘴金融核心区');
    await publish('METRIC', metric.id, before.version, {
      ...before.data,
      observations: before.data.observations.map((o) => (o.id === core.id ? { ...o, scope: '江北嘴' } : o)),
    });
    const after = (await load(metricKind, metric.id))!;
    expect(after.data.observations.map((o) => o.id)).toEqual(before.data.observations.map((o) => o.id));
    expect(after.data.observations.find((o) => o.id === core.id)!.scope).toBe('江北嘴');
    const rows = diffRecords(before.data, after.data, new Map()).filter((r) => r.kind !== 'unchanged');
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'changed',
        before: '江北嘴金融核心区',
        after: '江北嘴',
        label: expect.stringContaining('统计范围'),
      }),
    ]);
  });
});
