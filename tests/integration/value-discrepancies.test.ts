// Value discrepancies (数值分歧) edited in the metric form (issue 13): a discrepancy an editor records
// is not public until approved, keeps its id across edits and goes when taken out; a discrepancy
// that also holds another metric's value keeps that value, and edited, publishes that metric
// alongside; an editor cannot pull another metric's value in, nor list one value twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor-type';
import { saveChange } from '@/lib/changes/changes';
import { saveFactChange } from '@/lib/changes/fact-changes';
import { AppError } from '@/lib/errors';
import { metricKind } from '@/lib/records/metric/record';
import { getMetricPage } from '@/lib/records/metric/public';
import type { MetricDraft } from '@/lib/records/metric/schema';
import type { TestDatabase } from '@/tests/helpers/database';
import { closePublicDatabase, openPublicDatabase } from '@/tests/helpers/public-database';
import { seedEditorAndReviewer, submitAndApprove } from '@/tests/helpers/workflow';

let database: TestDatabase;
let editor: Actor;
let reviewer: Actor;

async function loadMetric(where: { slug: string } | { id: string }) {
  const { id, slug } = await database.db.metric.findUniqueOrThrow({ where, select: { id: true, slug: true } });
  const loaded = (await database.db.$transaction((tx) => metricKind.load(tx, id)))!;
  return { id, slug, ...loaded };
}

const save = (recordId: string, baseVersion: number, data: MetricDraft) =>
  saveChange(database.db, editor, {
    recordType: 'METRIC',
    recordId,
    baseVersion,
    changeId: null,
    changeVersion: null,
    data,
    notes: { publicNote: '登记数值分歧', editorNote: '' },
  });

async function fieldErrorsOf(save: Promise<unknown>) {
  try {
    await save;
  } catch (error) {
    if (error instanceof AppError) return error.details?.fieldErrors as Record<string, string>;
    throw error;
  }
  throw new Error('the save was accepted');
}

beforeAll(async () => {
  database = await openPublicDatabase({ slug: 'value-discrepancy-draft-metric', nameZh: '数值分歧测试草稿指标' });
  ({ editor, reviewer } = await seedEditorAndReviewer(database.db));
}, 120_000);

afterAll(async () => {
  await closePublicDatabase(database);
});

describe('an editor sets two values of a metric side by side', () => {
  let slug: string;
  let recordedId: string;

  it('is not public until approved, then keeps the id the change gave it', async () => {
    // A public metric with four or more public values, none in a discrepancy yet.
    const candidates = await database.db.metric.findMany({
      where: { status: 'PUBLISHED', deletedAt: null, observations: { none: { discrepancyId: { not: null } } } },
      select: { slug: true, _count: { select: { observations: { where: { status: 'PUBLISHED' } } } } },
      orderBy: { slug: 'asc' },
    });
    slug = candidates.find((m) => m._count.observations >= 4)!.slug;
    const metric = await loadMetric({ slug });
    expect(metric.data.valueDiscrepancies).toEqual([]);
    const [first, second] = metric.data.observations;
    const change = await save(metric.id, metric.version, {
      ...metric.data,
      valueDiscrepancies: [{ note: '两份文件口径不同，均不作首选。', observationIds: [first!.id!, second!.id!] }],
    });
    const proposed = (await database.db.change.findUniqueOrThrow({ where: { id: change.id } }))
      .proposedData as MetricDraft;
    recordedId = proposed.valueDiscrepancies[0]!.id!;
    expect(recordedId).toBeTruthy();
    expect((await getMetricPage(slug))!.discrepancies).toEqual([]);

    await submitAndApprove(database.db, editor, reviewer, change.id);
    const page = (await getMetricPage(slug))!;
    expect(page.discrepancies.map((d) => ({ id: d.id, note: d.note }))).toEqual([
      { id: recordedId, note: '两份文件口径不同，均不作首选。' },
    ]);
    expect(page.discrepancies[0]!.observations.map((o) => o.id).sort()).toEqual([first!.id, second!.id].sort());
  });

  it('keeps its id when its note and values change, and refuses one value listed twice', async () => {
    const metric = await loadMetric({ slug });
    const [first, , third] = metric.data.observations;
    const [recorded] = metric.data.valueDiscrepancies;
    expect(recorded!.id).toBe(recordedId);

    expect(
      await fieldErrorsOf(
        save(metric.id, metric.version, {
          ...metric.data,
          valueDiscrepancies: [recorded!, { note: '重复', observationIds: [first!.id!, third!.id!] }],
        }),
      ),
    ).toMatchObject({ 'valueDiscrepancies.1.observationIds': '一个观测值只能列入一条数值分歧' });

    const change = await save(metric.id, metric.version, {
      ...metric.data,
      valueDiscrepancies: [
        { ...recorded!, note: '第三个数值采自年鉴，优先采用。', observationIds: [first!.id!, third!.id!] },
      ],
    });
    await submitAndApprove(database.db, editor, reviewer, change.id);
    const row = await database.db.observationDiscrepancy.findUniqueOrThrow({
      where: { id: recordedId },
      select: { note: true, version: true, observations: { select: { id: true } } },
    });
    expect(row.note).toBe('第三个数值采自年鉴，优先采用。');
    expect(row.version).toBe(2);
    expect(row.observations.map((o) => o.id).sort()).toEqual([first!.id, third!.id].sort());
  });

  it('lets go of a value withdrawn on its own form, and refuses one id given to two discrepancies', async () => {
    const metric = await loadMetric({ slug });
    const [recorded] = metric.data.valueDiscrepancies;
    const [first, second, third] = metric.data.observations;
    // Three values in it, so one withdrawn leaves two.
    const grown = await save(metric.id, metric.version, {
      ...metric.data,
      valueDiscrepancies: [{ ...recorded!, observationIds: [first!.id!, second!.id!, third!.id!] }],
    });
    await submitAndApprove(database.db, editor, reviewer, grown.id);
    const three = await loadMetric({ slug });

    const withdrawal = await saveFactChange(database.db, editor, {
      recordType: 'METRIC',
      recordId: three.id,
      baseVersion: three.version,
      list: 'observations',
      factId: second!.id!,
      fact: null,
      notes: { publicNote: '重复计入，撤回', editorNote: '' },
    });
    const proposed = (await database.db.change.findUniqueOrThrow({ where: { id: withdrawal.id } }))
      .proposedData as MetricDraft;
    expect(proposed.valueDiscrepancies).toEqual([{ ...recorded!, observationIds: [first!.id, third!.id] }]);
    await database.db.change.update({ where: { id: withdrawal.id }, data: { status: 'DISCARDED' } });

    expect(
      await fieldErrorsOf(
        save(three.id, three.version, {
          ...three.data,
          valueDiscrepancies: [
            { ...recorded!, observationIds: [first!.id!, second!.id!] },
            {
              id: recorded!.id,
              note: '同一编号',
              observationIds: [third!.id!, three.data.observations[3]!.id!],
            },
          ],
        }),
      ),
    ).toMatchObject({ 'valueDiscrepancies.1.id': '编号重复' });
  });

  it('goes, for every value in it, when the editor takes it out', async () => {
    const metric = await loadMetric({ slug });
    const change = await save(metric.id, metric.version, { ...metric.data, valueDiscrepancies: [] });
    await submitAndApprove(database.db, editor, reviewer, change.id);
    expect(await database.db.observationDiscrepancy.findUnique({ where: { id: recordedId } })).toBeNull();
    expect(await database.db.observation.count({ where: { discrepancyId: recordedId } })).toBe(0);
    expect((await getMetricPage(slug))!.discrepancies).toEqual([]);
  });
});

describe('a discrepancy that also holds another metric’s value', () => {
  it('keeps that value through an edit of this metric, and lets no other value of another metric in', async () => {
    // The seed sets 近50个合作协议 against the 105 of another metric.
    const discrepancies = await database.db.observationDiscrepancy.findMany({
      select: { id: true, observations: { select: { metricId: true } } },
      orderBy: { id: 'asc' },
    });
    const across = discrepancies.find((d) => new Set(d.observations.map((o) => o.metricId)).size > 1) ?? null;
    expect(across, 'the seed has a discrepancy across metrics').not.toBeNull();

    const metric = await loadMetric({ id: across!.observations[0]!.metricId });
    const [recorded] = metric.data.valueDiscrepancies.filter((d) => d.id === across!.id);
    const own = new Set(metric.data.observations.map((o) => o.id));
    const foreign = recorded!.observationIds.filter((id) => !own.has(id));
    expect(foreign.length).toBeGreaterThan(0);

    const stranger = await database.db.observation.findFirstOrThrow({
      where: { metricId: { not: metric.id }, discrepancyId: null, deletedAt: null },
      select: { id: true },
    });
    const index = metric.data.valueDiscrepancies.indexOf(recorded!);
    expect(
      await fieldErrorsOf(
        save(metric.id, metric.version, {
          ...metric.data,
          valueDiscrepancies: metric.data.valueDiscrepancies.map((d) =>
            d === recorded ? { ...d, observationIds: [...d.observationIds, stranger.id] } : d,
          ),
        }),
      ),
    ).toMatchObject({ [`valueDiscrepancies.${index}.observationIds`]: '只能列入本指标的观测值' });

    const otherMetricId = across!.observations.find((o) => o.metricId !== metric.id)!.metricId;
    const other = await loadMetric({ id: otherMetricId });
    // An edit of the other metric, still open against its version of now.
    const pending = await save(other.id, other.version, { ...other.data, description: `${other.data.description}。` });

    const change = await save(metric.id, metric.version, {
      ...metric.data,
      valueDiscrepancies: metric.data.valueDiscrepancies.map((d) =>
        d === recorded ? { ...d, note: `${d.note}（编辑补充）` } : d,
      ),
    });
    await submitAndApprove(database.db, editor, reviewer, change.id);

    // The other metric shows the new note too: it is published alongside, with a revision of its
    // own, and the edit opened against its old version is stale rather than overwriting the note.
    const otherAfter = await loadMetric({ id: otherMetricId });
    expect(otherAfter.version).toBe(other.version + 1);
    expect(otherAfter.data.valueDiscrepancies.find((d) => d.id === across!.id)!.note).toBe(
      `${recorded!.note}（编辑补充）`,
    );
    const revision = await database.db.revision.findUniqueOrThrow({
      where: {
        recordType_recordId_version: { recordType: 'METRIC', recordId: otherMetricId, version: otherAfter.version },
      },
      select: { comment: true, data: true },
    });
    expect(revision.comment).toContain('一并发布');
    expect(revision.data).toEqual(JSON.parse(JSON.stringify(otherAfter.data)));
    await expect(submitAndApprove(database.db, editor, reviewer, pending.id)).rejects.toThrow();
    expect((await loadMetric({ id: otherMetricId })).data.description).toBe(other.data.description);
    const after = await database.db.observation.findMany({
      where: { discrepancyId: across!.id },
      select: { id: true },
    });
    expect(after.map((o) => o.id).sort()).toEqual([...recorded!.observationIds].sort());
  });
});
