// Source documents imported in the admin area: drafts whose text goes public only through an
// approved change naming the version, no duplicate texts, and corrected versions whose citations
// are re-anchored and proposed for review while the public keeps the old version until every
// citation has moved. An unapproved version is never public (issue 18, finding 1).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorQuote } from '@/lib/citations';
import type { Actor } from '@/lib/auth/actor-type';
import { saveChange } from '@/lib/changes/changes';
import { AppError } from '@/lib/errors';
import { seedDatabase } from '@/lib/seed/seed-database';
import { importSourceDocument, importSourceVersion } from '@/lib/sources/import-sources';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedEditorAndReviewer, submitAndApprove } from '@/tests/helpers/workflow';

let database: TestDatabase;
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase({ databaseUrl: database.url });
  ({ editor, reviewer } = await seedEditorAndReviewer(database.db));
}, 120_000);

afterAll(async () => {
  await database.drop();
});

const approve = (changeId: string) => submitAndApprove(database.db, editor, reviewer, changeId);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );

describe('importing a new source document', () => {
  const text = '江北区测试新闻：2024年全区新增绿地120公顷。\n\n第二段没有数字。';
  const input = { slug: 'test-news', title: '测试新闻', kind: 'NEWS_ARTICLE', text };

  it('stores it as a draft with a change proposing its text, refuses the same text twice, and publishes it only when that change is approved', async () => {
    const reviewerTry = await failure(importSourceDocument(database.db, reviewer, input));
    expect(reviewerTry?.code).toBe('FORBIDDEN');
    const created = await importSourceDocument(database.db, editor, input);
    expect(await database.db.sourceDocument.findUniqueOrThrow({ where: { id: created.documentId } })).toMatchObject({
      status: 'DRAFT',
    });
    const duplicate = await failure(importSourceDocument(database.db, editor, { ...input, slug: 'test-news-2' }));
    expect(duplicate?.details.fieldErrors).toMatchObject({ text: expect.stringContaining('测试新闻') as string });
    const empty = await failure(importSourceDocument(database.db, editor, { ...input, slug: 'empty', text: '  \n ' }));
    expect(empty?.details.fieldErrors).toMatchObject({ text: '请上传或粘贴原文' });

    const anchored = anchorQuote(text, '2024年全区新增绿地120公顷');
    if (!anchored.ok) throw new Error(anchored.message);
    const topic = await database.db.topic.findUniqueOrThrow({ where: { slug: 'ecology' } });
    const change = await saveChange(database.db, editor, {
      recordType: 'METRIC',
      recordId: null,
      baseVersion: null,
      changeId: null,
      changeVersion: null,
      data: {
        slug: 'new-green-space',
        nameZh: '新增绿地',
        unit: '公顷',
        topicId: topic.id,
        observations: [
          {
            period: '2024',
            periodLabel: '2024年',
            value: '120',
            citations: [{ sourceVersionId: created.versionId, ...anchored.anchor }],
          },
        ],
      },
    });
    // The record cannot take the unreviewed text public with it.
    const refused = await failure(approve(change.id));
    expect(refused?.code).toBe('CONFLICT');
    expect(refused?.message).toContain('《测试新闻》第 1 版尚未审核通过');
    const document = () => database.db.sourceDocument.findUniqueOrThrow({ where: { id: created.documentId } });
    expect(await document()).toMatchObject({ status: 'DRAFT' });

    const proposal = await database.db.change.findUniqueOrThrow({ where: { id: created.changeId } });
    expect(proposal).toMatchObject({ recordType: 'SOURCE_DOCUMENT', action: 'CREATE', title: '测试新闻（第 1 版）' });
    await approve(created.changeId);
    expect(await document()).toMatchObject({ status: 'PUBLISHED', currentVersionId: created.versionId });
    const version = await database.db.sourceVersion.findUniqueOrThrow({ where: { id: created.versionId } });
    expect(version.approvedAt).not.toBeNull();
    // The change was returned to the author as refused; a new decision publishes it.
    await database.db.change.update({ where: { id: change.id }, data: { status: 'DRAFT' } });
    await approve(change.id);
    expect(await database.db.metric.count({ where: { slug: 'new-green-space', status: 'PUBLISHED' } })).toBe(1);
  });
});

describe('importing a corrected version', () => {
  it('re-anchors citations into draft changes, reports orphans, and keeps the old version public until all have moved', async () => {
    const document = await database.db.sourceDocument.findUniqueOrThrow({
      where: { slug: 'jiangbei-seven-tasks' },
      select: { id: true, currentVersionId: true },
    });
    const oldText = await readFile('seeds/sources/001_6c7628ee31131891.txt', 'utf8');
    // A heading added at the top moves every quote; one figure corrected orphans the quotes that held it.
    const corrected = `【本文有更正】\n${oldText.replace('市级以上研发平台80家', '市级以上研发平台81家')}`;
    const result = await importSourceVersion(database.db, editor, {
      documentId: document.id,
      text: corrected,
      note: '更正研发平台数量',
    });
    expect(result.number).toBe(2);
    expect(result.moved).toBeGreaterThan(0);
    expect(result.orphans.map((o) => o.quote)).toEqual(
      expect.arrayContaining(['市级以上研发平台80家，市级以上重点实验室5家，研发投入强度位居全市前列']),
    );
    expect(result.changeIds.length).toBeGreaterThanOrEqual(4);
    const again = await failure(importSourceVersion(database.db, editor, { documentId: document.id, text: corrected }));
    expect(again?.code).toBe('CONFLICT');

    // Nothing public changes until review, and no citation moves onto text nobody approved.
    const current = () =>
      database.db.sourceDocument.findUniqueOrThrow({ where: { id: document.id }, select: { currentVersionId: true } });
    expect((await current()).currentVersionId).toBe(document.currentVersionId);
    const proposals = await database.db.change.findMany({ where: { id: { in: result.changeIds } } });
    const movingOne = proposals.find((c) => JSON.stringify(c.proposedData).includes(result.versionId))!;
    expect((await failure(approve(movingOne.id)))?.message).toContain('第 2 版尚未审核通过');
    await database.db.change.update({ where: { id: movingOne.id }, data: { status: 'DRAFT' } });
    await approve(result.sourceChangeId);
    // Version 2 is approved, but published citations still point at version 1: it stays public.
    expect((await current()).currentVersionId).toBe(document.currentVersionId);
    // Approving every proposed change moves what could move; the orphans still hold the old version.
    for (const changeId of result.changeIds) await approve(changeId);
    expect((await current()).currentVersionId).toBe(document.currentVersionId);
    const moved = await database.db.citation.count({ where: { sourceVersionId: result.versionId } });
    expect(moved).toBe(result.moved);

    // An editor fixes the orphans by citing the corrected text; then the public moves to version 2.
    const anchored = anchorQuote(corrected, '市级以上研发平台81家，市级以上重点实验室5家');
    if (!anchored.ok) throw new Error(anchored.message);
    const citation = { sourceVersionId: result.versionId, ...anchored.anchor };
    const { metricKind } = await import('@/lib/records/metric/record');
    for (const [slug, value] of [
      ['rd-platforms-municipal-or-above', '81'],
      ['key-laboratories-municipal-or-above', '5'],
    ] as const) {
      const metric = await database.db.metric.findUniqueOrThrow({ where: { slug } });
      const loaded = (await database.db.$transaction((tx) => metricKind.load(tx, metric.id)))!;
      const fixed = {
        ...loaded.data,
        // The test text states no year: the editor explains the period.
        observations: loaded.data.observations.map((o) => ({
          ...o,
          value,
          citations: [citation],
          periodReason: '更正稿未写年份，与第 1 版同一时期',
        })),
      };
      const change = await saveChange(database.db, editor, {
        recordType: 'METRIC',
        recordId: metric.id,
        baseVersion: loaded.version,
        changeId: null,
        changeVersion: null,
        data: fixed,
      });
      await approve(change.id);
    }
    expect((await current()).currentVersionId).toBe(result.versionId);
  });
});

describe('a version nobody approved', () => {
  it("never becomes public: the public version is the highest approved one (the outside review's repro)", async () => {
    const v1 = '江北区测试公报：2024年全区新建公园3个。';
    const created = await importSourceDocument(database.db, editor, {
      slug: 'test-bulletin',
      title: '测试公报',
      kind: 'STATISTICAL_BULLETIN',
      text: v1,
    });
    await approve(created.changeId);
    const anchored = anchorQuote(v1, '2024年全区新建公园3个');
    if (!anchored.ok) throw new Error(anchored.message);
    const topic = await database.db.topic.findUniqueOrThrow({ where: { slug: 'ecology' } });
    const metric = await saveChange(database.db, editor, {
      recordType: 'METRIC',
      recordId: null,
      baseVersion: null,
      changeId: null,
      changeVersion: null,
      data: {
        slug: 'new-parks',
        nameZh: '新建公园',
        unit: '个',
        topicId: topic.id,
        observations: [
          {
            period: '2024',
            periodLabel: '2024年',
            value: '3',
            citations: [{ sourceVersionId: created.versionId, ...anchored.anchor }],
          },
        ],
      },
    });
    await approve(metric.id);

    // v2 moves the citation (a heading added); v3 is made-up text that no citation touches.
    const v2 = `【更正】\n${v1}`;
    const second = await importSourceVersion(database.db, editor, { documentId: created.documentId, text: v2 });
    expect(second.changeIds).toHaveLength(1);
    const v3 = '江北区测试公报：某某某收受贿赂。（编造的指控）';
    const third = await importSourceVersion(database.db, editor, { documentId: created.documentId, text: v3 });
    expect(third.changeIds).toHaveLength(0);
    // Importing always proposes the version for review, even when no citation moves.
    expect(await database.db.change.findUniqueOrThrow({ where: { id: third.sourceChangeId } })).toMatchObject({
      recordType: 'SOURCE_DOCUMENT',
      action: 'UPDATE',
      status: 'DRAFT',
      title: '测试公报（第 3 版）',
    });

    await approve(second.sourceChangeId);
    await approve(second.changeIds[0]!);
    // What the public page reads (lib/db.ts takes the client on globalThis).
    (globalThis as { cmsDb?: unknown }).cmsDb = database.db;
    const { getSourcePage } = await import('@/lib/public/sources');
    const page = await getSourcePage('test-bulletin');
    delete (globalThis as { cmsDb?: unknown }).cmsDb;
    expect(page?.document.currentVersion?.id).toBe(second.versionId);
    expect(page?.document.currentVersion?.text).toBe(v2);
    expect(page?.citations).toHaveLength(1);
  });
});

describe('provenance edited through review', () => {
  it('changes a document’s publisher and dating as a reviewed change, keeping its text version, and shows them in the API', async () => {
    const { sourceKind } = await import('@/lib/records/source/record');
    const document = await database.db.sourceDocument.findUniqueOrThrow({
      where: { slug: 'jiangbei-reform-empowerment' },
    });
    const loaded = (await database.db.$transaction((tx) => sourceKind.load(tx, document.id)))!;
    expect(loaded.data).toMatchObject({ estimatedDate: '2020-04', statedDate: '', versionNumber: 1 });
    const save = (data: unknown) =>
      saveChange(database.db, editor, {
        recordType: 'SOURCE_DOCUMENT',
        recordId: document.id,
        baseVersion: loaded.version,
        changeId: null,
        changeVersion: null,
        data,
      });

    // An estimate needs its reason; a version of another document cannot be named.
    const unexplained = await failure(save({ ...loaded.data, estimatedDate: '2020-05', datingNote: '' }));
    expect(unexplained?.details.fieldErrors).toMatchObject({ datingNote: '请说明估计日期的依据' });
    const other = await database.db.sourceDocument.findUniqueOrThrow({
      where: { slug: 'jiangbei-seven-tasks' },
      select: { currentVersionId: true },
    });
    const foreign = await failure(save({ ...loaded.data, versionId: other.currentVersionId }));
    expect(foreign?.details.fieldErrors).toMatchObject({ versionId: '这个文本版本不属于这份文件' });

    const change = await save({
      ...loaded.data,
      kind: 'PRESS_RELEASE',
      publisher: '江北区融媒体中心',
      retrievedOn: '2024-03-15',
      rightsNote: '仅供核对引文',
    });
    // Nothing changes until a reviewer approves.
    expect(await database.db.sourceDocument.findUniqueOrThrow({ where: { id: document.id } })).toMatchObject({
      publisher: null,
      kind: 'NEWS_ARTICLE',
    });
    await approve(change.id);
    const after = await database.db.sourceDocument.findUniqueOrThrow({ where: { id: document.id } });
    expect(after).toMatchObject({
      publisher: '江北区融媒体中心',
      kind: 'PRESS_RELEASE',
      rightsNote: '仅供核对引文',
      currentVersionId: document.currentVersionId,
      version: document.version + 1,
    });
    expect(after.retrievedOn?.toISOString().slice(0, 10)).toBe('2024-03-15');
    const revision = await database.db.revision.findFirstOrThrow({
      where: { recordType: 'SOURCE_DOCUMENT', recordId: document.id, changeId: change.id },
    });
    expect(revision.data).toMatchObject({ publisher: '江北区融媒体中心', versionNumber: 1 });

    (globalThis as { cmsDb?: unknown }).cmsDb = database.db;
    const { listSources } = await import('@/lib/api/resources');
    const listed = await listSources(new URL('http://localhost/api/v1/sources?limit=100'));
    delete (globalThis as { cmsDb?: unknown }).cmsDb;
    expect(
      (listed.data as Array<Record<string, unknown>>).find((s) => s.slug === 'jiangbei-reform-empowerment'),
    ).toMatchObject({
      publisher: '江北区融媒体中心',
      statedDate: null,
      estimatedDate: '2020-04',
      retrievedOn: '2024-03-15',
      language: 'zh-CN',
      rightsNote: '仅供核对引文',
    });
  });
});
