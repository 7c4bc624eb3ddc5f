// Facts keep their identity across edits and publishes (issue 12): an edit that changes one value,
// adds one observation and removes one leaves every other observation and citation with its id,
// the removed citation's old link answers with a withdrawal notice, the API's ids stay, and seeding
// again neither brings the withdrawn facts back nor changes any id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorQuote } from '@/lib/citations';
import type { Actor } from '@/lib/auth/actor-type';
import { saveChange } from '@/lib/changes/changes';
import { saveFactChange } from '@/lib/changes/fact-changes';
import { projectKind } from '@/lib/records/project/record';
import { getPublicHistory, resolveCitationLink, withdrawnNotices } from '@/lib/public/history';
import { getSourcePage } from '@/lib/public/sources';
import { agreementKind } from '@/lib/records/agreement/record';
import { metricKind } from '@/lib/records/metric/record';
import type { MetricDraft } from '@/lib/records/metric/schema';
import { seedDatabase } from '@/lib/seed/seed-database';
import type { TestDatabase } from '@/tests/helpers/database';
import { closePublicDatabase, openPublicDatabase } from '@/tests/helpers/public-database';
import { seedEditorAndReviewer, submitAndApprove } from '@/tests/helpers/workflow';

let database: TestDatabase;
let editor: Actor;
let reviewer: Actor;
let GET: (request: Request, context: { params: Promise<{ path: string[] }> }) => Promise<Response>;

const loadMetric = async (slug: string) => {
  const { id } = await database.db.metric.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const loaded = (await database.db.$transaction((tx) => metricKind.load(tx, id)))!;
  return { id, ...loaded };
};

async function cite(sourceSlug: string, quote: string) {
  const document = await database.db.sourceDocument.findUniqueOrThrow({
    where: { slug: sourceSlug },
    select: { currentVersion: { select: { id: true, text: true } } },
  });
  const anchored = anchorQuote(document.currentVersion!.text, quote);
  if (!anchored.ok) throw new Error(anchored.message);
  return { sourceVersionId: document.currentVersion!.id, ...anchored.anchor };
}

async function publishEdit(recordType: 'METRIC' | 'AGREEMENT', recordId: string, baseVersion: number, data: unknown) {
  const change = await saveChange(database.db, editor, {
    recordType,
    recordId,
    baseVersion,
    changeId: null,
    changeVersion: null,
    data,
    notes: { publicNote: '更正2022年增速，补充“十三五”数据，撤回重复的2019年数据', editorNote: '内部：请核对' },
  });
  await submitAndApprove(database.db, editor, reviewer, change.id);
  return change;
}

async function apiIds(slug: string) {
  const url = new URL(`/api/v1/metrics/${slug}`, 'http://localhost');
  const response = await GET(new Request(url), { params: Promise.resolve({ path: ['metrics', slug] }) });
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    observations: Array<{ id: string; citations: Array<{ id: string }> }>;
  };
  return {
    observations: body.observations.map((o) => o.id),
    citations: body.observations.flatMap((o) => o.citations.map((c) => c.id)),
  };
}

const citationIds = (data: MetricDraft) => data.observations.flatMap((o) => o.citations.map((c) => c.id!));

beforeAll(async () => {
  database = await openPublicDatabase({ slug: 'identity-draft-metric', nameZh: '身份测试草稿指标' });
  ({ editor, reviewer } = await seedEditorAndReviewer(database.db));
  ({ GET } = await import('@/app/api/v1/[...path]/route'));
}, 120_000);

afterAll(async () => {
  await closePublicDatabase(database);
});

describe('fact identity', () => {
  it('keeps every untouched observation and citation id through an edit, and withdraws the removed ones', async () => {
    const before = await loadMetric('gdp');
    const apiBefore = await apiIds('gdp');
    const byPeriod = (period: string) => before.data.observations.find((o) => o.period === period)!;
    const corrected = byPeriod('2022');
    const removed = byPeriod('2019');
    expect(corrected.growthRate).toBe('3');
    expect(removed.citations.length).toBeGreaterThan(0);

    const added = {
      ...corrected,
      id: undefined,
      period: '2016/2020',
      periodLabel: '“十三五”时期末',
      value: '1325',
      qualifier: 'EXACT' as const,
      basis: 'REPORTED' as const,
      growthRate: '',
      rankStatement: '',
      periodReason: '引文给出2016年至2020年的变化',
      citations: [await cite('jiangbei-yearbook-2020', '由2016年的778亿元增长到2020年的1325亿元')],
    };
    const edited: MetricDraft = {
      ...before.data,
      observations: [
        ...before.data.observations
          .filter((o) => o.id !== removed.id)
          .map((o) => (o.id === corrected.id ? { ...o, growthRate: '' } : o)),
        added,
      ],
    };
    await publishEdit('METRIC', before.id, before.version, edited);

    const after = await loadMetric('gdp');
    const keptObservations = before.data.observations.filter((o) => o.id !== removed.id).map((o) => o.id!);
    const removedCitations = removed.citations.map((c) => c.id!);
    const keptCitations = citationIds(before.data).filter((id) => !removedCitations.includes(id));
    // Every other observation and citation is still there under its id; the new one has its own.
    expect(after.data.observations.map((o) => o.id)).toEqual(expect.arrayContaining(keptObservations));
    expect(citationIds(after.data)).toEqual(expect.arrayContaining(keptCitations));
    expect(after.data.observations).toHaveLength(before.data.observations.length);
    const fresh = after.data.observations.find((o) => o.period === '2016/2020')!;
    expect(keptObservations).not.toContain(fresh.id);
    expect(after.data.observations.find((o) => o.id === corrected.id)?.growthRate).toBe('');

    // The corrected figure carries its correction date; the untouched ones do not.
    const rows = await database.db.observation.findMany({
      where: { id: { in: keptObservations } },
      select: { id: true, correctedAt: true },
    });
    expect(rows.filter((r) => r.correctedAt !== null).map((r) => r.id)).toEqual([corrected.id]);

    // The removed observation and its citations are gone, each leaving a withdrawal notice.
    expect(await database.db.observation.count({ where: { id: removed.id } })).toBe(0);
    expect(await database.db.citation.count({ where: { id: { in: removedCitations } } })).toBe(0);
    const link = await resolveCitationLink(removedCitations[0]!);
    expect(link).toMatchObject({
      kind: 'withdrawn',
      notice: {
        factType: 'CITATION',
        reason: '更正2022年增速，补充“十三五”数据，撤回重复的2019年数据',
        record: { href: '/metrics/gdp', title: '地区生产总值' },
      },
    });
    expect(link?.kind === 'withdrawn' && link.notice.label).toBe(removed.citations[0]!.exact);
    const live = await resolveCitationLink(keptCitations[0]!);
    expect(live).toEqual({
      kind: 'live',
      href: expect.stringMatching(new RegExp(`^/sources/.+#cite-${keptCitations[0]}$`)),
    });
    const metricNotices = await withdrawnNotices(
      { metricId: before.id },
      after.data.observations.map((o) => o.id!),
    );
    expect(metricNotices.map((n) => n.factId)).toEqual([removed.id]);
    expect(metricNotices[0]!.label).toBe('2019年 1240亿元');

    // The API answers with the same ids for everything that stayed.
    const apiAfter = await apiIds('gdp');
    expect(apiAfter.observations).toEqual(
      expect.arrayContaining(apiBefore.observations.filter((id) => id !== removed.id)),
    );
    expect(apiAfter.citations).toEqual(
      expect.arrayContaining(apiBefore.citations.filter((id) => !removedCitations.includes(id))),
    );
    expect(apiAfter.observations).not.toContain(removed.id);

    // The public history lists the change with its reason and the three facts it touched.
    const history = await getPublicHistory('METRIC', 'gdp', 1);
    const latest = history!.entries[0]!;
    expect(latest.reason).toBe('更正2022年增速，补充“十三五”数据，撤回重复的2019年数据');
    const facts = new Set(latest.rows.map((row) => row.label.split(' › ')[0]));
    expect(facts).toEqual(new Set(['观测值 2022年', '观测值 2019年', '观测值 “十三五”时期末']));
    expect(JSON.stringify(history)).not.toContain('内部：请核对');

    // Seeding again inserts nothing: the withdrawn facts stay withdrawn and no id changes.
    const reseed = await seedDatabase({ databaseUrl: database.url });
    expect(reseed.inserted).toBe(0);
    const reloaded = await loadMetric('gdp');
    expect(reloaded.data).toEqual(after.data);
  });

  it('keeps party ids when another party of an agreement changes', async () => {
    const agreement = await database.db.agreement.findFirstOrThrow({
      where: { parties: { some: { side: 'PARTNER' } } },
      select: { id: true },
    });
    const before = (await database.db.$transaction((tx) => agreementKind.load(tx, agreement.id)))!;
    const organisation = await database.db.organisation.findFirstOrThrow({
      where: { id: { notIn: before.data.parties.map((p) => p.organisationId) }, kind: 'GOVERNMENT_BODY' },
      select: { id: true },
    });
    const parties = [
      ...before.data.parties,
      { organisationId: organisation.id, newOrganisation: null, side: 'PARTNER' as const },
    ];
    await publishEdit('AGREEMENT', agreement.id, before.version, { ...before.data, parties });
    const after = (await database.db.$transaction((tx) => agreementKind.load(tx, agreement.id)))!;
    expect(after.data.parties.map((p) => p.id)).toEqual(expect.arrayContaining(before.data.parties.map((p) => p.id)));
    expect(after.data.parties).toHaveLength(before.data.parties.length + 1);
    expect(after.data.citations.map((c) => c.id)).toEqual(before.data.citations.map((c) => c.id));
  });

  it('refuses a forged id that belongs to another record', async () => {
    const gdp = await loadMetric('gdp');
    const other = await database.db.citation.findFirstOrThrow({
      where: { metricId: null, observation: { metric: { slug: { not: 'gdp' } } } },
      select: { id: true },
    });
    const [first, ...rest] = gdp.data.observations;
    const forged = {
      ...gdp.data,
      observations: [{ ...first!, citations: [{ ...first!.citations[0]!, id: other.id }] }, ...rest],
    };
    const error = await saveChange(database.db, editor, {
      recordType: 'METRIC',
      recordId: gdp.id,
      baseVersion: gdp.version,
      changeId: null,
      changeVersion: null,
      data: forged,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      details: { fieldErrors: { 'observations.0.citations.0.id': '编号已属于另一条记录' } },
    });
  });

  it('withdraws one milestone of a project on its own, and names a one-fact form’s errors by its own fields', async () => {
    const project = await database.db.project.findFirstOrThrow({
      where: { milestones: { some: {} }, measures: { some: {} } },
      select: { id: true },
    });
    const before = (await database.db.$transaction((tx) => projectKind.load(tx, project.id)))!;
    const milestone = before.data.milestones[0]!;
    const base = { recordType: 'PROJECT' as const, recordId: project.id, baseVersion: before.version };

    const unexplained = await saveFactChange(database.db, editor, {
      ...base,
      list: 'milestones',
      factId: milestone.id!,
      fact: null,
    }).catch((e: unknown) => e);
    expect(unexplained).toMatchObject({ details: { fieldErrors: { 'notes.publicNote': '请填写公开的撤回原因' } } });
    const invalid = await saveFactChange(database.db, editor, {
      ...base,
      list: 'measures',
      factId: null,
      fact: { label: '长度', value: 'abc', unit: '公里', citations: [] },
    }).catch((e: unknown) => e);
    expect(invalid).toMatchObject({
      code: 'VALIDATION',
      details: { fieldErrors: { value: expect.any(String) as string } },
    });

    const change = await saveFactChange(database.db, editor, {
      ...base,
      list: 'milestones',
      factId: milestone.id!,
      fact: null,
      notes: { publicNote: '该节点日期无法核实' },
    });
    await submitAndApprove(database.db, editor, reviewer, change.id);
    const after = (await database.db.$transaction((tx) => projectKind.load(tx, project.id)))!;
    expect(after.data.milestones.map((m) => m.id)).toEqual(before.data.milestones.slice(1).map((m) => m.id));
    expect(after.data.measures).toEqual(before.data.measures);
    expect(after.data.citations).toEqual(before.data.citations);
    expect(await database.db.withdrawnFact.findFirst({ where: { factId: milestone.id! } })).toMatchObject({
      factType: 'MILESTONE',
      reason: '该节点日期无法核实',
    });
  });

  it('keeps a citation link highlighting its passage through ten publishes of its record (checklist 31)', async () => {
    const metric = await database.db.metric.findFirstOrThrow({
      where: { slug: 'general-public-budget-revenue' },
      select: { id: true },
    });
    const first = (await database.db.$transaction((tx) => metricKind.load(tx, metric.id)))!;
    const cited = first.data.observations[0]!.citations[0]!;
    const source = await database.db.sourceDocument.findFirstOrThrow({
      where: { currentVersionId: cited.sourceVersionId },
      select: { slug: true },
    });
    for (let round = 1; round <= 10; round++) {
      const current = (await database.db.$transaction((tx) => metricKind.load(tx, metric.id)))!;
      const data = {
        ...current.data,
        observations: current.data.observations.map((o, i) => (i === 0 ? { ...o, note: `第 ${round} 次修改` } : o)),
      };
      await publishEdit('METRIC', metric.id, current.version, data);
    }
    const page = await getSourcePage(source.slug);
    expect(page!.citations.map((c) => c.id)).toContain(cited.id);
    expect(await resolveCitationLink(cited.id!)).toEqual({
      kind: 'live',
      href: `/sources/${source.slug}#cite-${cited.id}`,
    });
    const last = (await database.db.$transaction((tx) => metricKind.load(tx, metric.id)))!;
    expect(last.version).toBe(first.version + 10);
    expect(last.data.observations[0]!.citations.map((c) => c.id)).toEqual(
      first.data.observations[0]!.citations.map((c) => c.id),
    );
  }, 60_000);
});
