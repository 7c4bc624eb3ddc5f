// Record discrepancies edited through the workflow (issue 13): an editor's change that records one
// is not public until a reviewer approves it; a later edit keeps the discrepancy's id and its
// statements' ids; a stale save is refused; a statement may only cite an existing, verified
// citation that stays with its record; a shared discrepancy edited from one record publishes the
// other alongside; removing one shared with another record keeps it there; a draft or old version
// saved before 来源分歧 existed leaves them as they are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor-type';
import { searchCitations } from '@/lib/admin/citation-search';
import { getChange } from '@/lib/admin/queries';
import { restoreRevision, saveChange } from '@/lib/changes/changes';
import { getProjectPage } from '@/lib/records/project/public';
import type { RecordDiscrepancyInput } from '@/lib/records/discrepancy-schema';
import { agreementKind } from '@/lib/records/agreement/record';
import { organisationKind } from '@/lib/records/organisation/record';
import { projectKind } from '@/lib/records/project/record';
import { diffRecords } from '@/lib/records/record-diff';
import type { ProjectDraft } from '@/lib/records/project/schema';
import type { Tx } from '@/lib/db/client';
import type { TestDatabase } from '@/tests/helpers/database';
import { closePublicDatabase, openPublicDatabase } from '@/tests/helpers/public-database';
import { seedEditorAndReviewer, submitAndApprove } from '@/tests/helpers/workflow';

let database: TestDatabase;
let editor: Actor;
let reviewer: Actor;

const SLUG = 'jiangbeizui-riverside-park';

async function loadProject(slug: string) {
  const { id } = await database.db.project.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const loaded = (await database.db.$transaction((tx) => projectKind.load(tx, id)))!;
  return { id, ...loaded };
}

/** A new change of a record by the editor. */
const saveAs = (
  recordType: 'PROJECT' | 'AGREEMENT' | 'ORGANISATION',
  recordId: string,
  baseVersion: number,
  data: unknown,
  publicNote = '',
) =>
  saveChange(database.db, editor, {
    recordType,
    recordId,
    baseVersion,
    changeId: null,
    changeVersion: null,
    data,
    notes: { publicNote, editorNote: '' },
  });

const save = (recordId: string, baseVersion: number, data: ProjectDraft) =>
  saveAs('PROJECT', recordId, baseVersion, data, '登记来源分歧');

const ORGANISATION = 'national-fintech-certification-centre';
const loadWith = <T>(kind: { load: (tx: Tx, id: string) => Promise<T | null> }, id: string) =>
  database.db.$transaction((tx) => kind.load(tx, id)).then((loaded) => loaded!);
async function loadOrganisation() {
  const { id } = await database.db.organisation.findUniqueOrThrow({
    where: { slug: ORGANISATION },
    select: { id: true },
  });
  return { id, ...(await loadWith(organisationKind, id)) };
}

const proposed = async (changeId: string) =>
  ((await database.db.change.findUniqueOrThrow({ where: { id: changeId } })).proposedData as ProjectDraft)
    .recordDiscrepancies;

const statementIds = (d: RecordDiscrepancyInput) => d.statements.map((s) => s.id);

beforeAll(async () => {
  database = await openPublicDatabase({ slug: 'discrepancy-draft-metric', nameZh: '分歧测试草稿指标' });
  ({ editor, reviewer } = await seedEditorAndReviewer(database.db));
}, 120_000);

afterAll(async () => {
  await closePublicDatabase(database);
});

describe('an editor records a discrepancy of a project', () => {
  let recorded: RecordDiscrepancyInput;

  it('is not public until a reviewer approves the change, then keeps the ids the change gave it', async () => {
    const project = await loadProject(SLUG);
    expect(project.data.recordDiscrepancies).toEqual([]);
    const [built, opened] = project.data.citations;
    const change = await save(project.id, project.version, {
      ...project.data,
      recordDiscrepancies: [
        {
          aspect: 'STATUS',
          note: '一处说已变身滨江公园，一处说已相继开放，均不作首选。',
          statements: [
            { citationId: built!.id!, reading: '已建成', preferred: false },
            { citationId: opened!.id!, reading: '已开放', preferred: false },
          ],
        },
      ],
    });
    const [draft] = await proposed(change.id);
    expect(draft!.id).toBeTruthy();
    expect(statementIds(draft!).every(Boolean)).toBe(true);

    expect(await database.db.recordDiscrepancy.count({ where: { projectId: project.id } })).toBe(0);
    expect((await getProjectPage(SLUG))!.discrepancies).toEqual([]);

    await submitAndApprove(database.db, editor, reviewer, change.id);
    const page = (await getProjectPage(SLUG))!;
    expect(page.discrepancies.map((d) => d.id)).toEqual([draft!.id]);
    expect(page.discrepancies[0]!.statements.map((s) => [s.id, s.reading])).toEqual([
      [draft!.statements[0]!.id, '已建成'],
      [draft!.statements[1]!.id, '已开放'],
    ]);
    recorded = (await loadProject(SLUG)).data.recordDiscrepancies[0]!;
    expect(recorded).toEqual(draft);
  });

  it('keeps the discrepancy and its statements ids across a second edit that adds another record’s citation', async () => {
    const project = await loadProject(SLUG);
    const other = await database.db.citation.findFirstOrThrow({
      where: { project: { slug: 'jiangbei-smart-city-management' }, verifiedAt: { not: null } },
      select: { id: true },
    });
    const [d] = project.data.recordDiscrepancies;
    const change = await save(project.id, project.version, {
      ...project.data,
      recordDiscrepancies: [
        {
          ...d!,
          note: '以“已开放”为准：2023年的文章写明了相继开放，晚于另一处的说法。',
          statements: [
            d!.statements[0]!,
            { ...d!.statements[1]!, reading: '已相继开放', preferred: true },
            { citationId: other.id, reading: '另一记录的说法', preferred: false },
          ],
        },
      ],
    });
    await submitAndApprove(database.db, editor, reviewer, change.id);
    const [after] = (await loadProject(SLUG)).data.recordDiscrepancies;
    expect(after!.id).toBe(recorded.id);
    expect(statementIds(after!).slice(0, 2)).toEqual(statementIds(recorded));
    expect(after!.statements.map((s) => [s.reading, s.preferred])).toEqual([
      ['已建成', false],
      ['已相继开放', true],
      ['另一记录的说法', false],
    ]);
    // The other project's citation stays where it was.
    expect(
      await database.db.citation.count({
        where: { id: other.id, project: { slug: 'jiangbei-smart-city-management' } },
      }),
    ).toBe(1);
  });

  it('refuses a save from a version that is no longer the published one', async () => {
    const project = await loadProject(SLUG);
    await expect(save(project.id, project.version - 1, project.data)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a statement whose citation this change removes, one that does not exist, and another record’s ids', async () => {
    const project = await loadProject(SLUG);
    const [d] = project.data.recordDiscrepancies;
    const removed = project.data.citations[1]!.id!;
    const errorsOf = (data: ProjectDraft) =>
      save(project.id, project.version, data).then(
        () => ({}),
        (error: { details: { fieldErrors: Record<string, string> } }) => error.details.fieldErrors,
      );
    expect(
      await errorsOf({ ...project.data, citations: project.data.citations.filter((c) => c.id !== removed) }),
    ).toMatchObject({
      'recordDiscrepancies.0.statements.1.citationId': '这条引文已从本记录中删除，请另选或保留该引文',
    });

    const missing = structuredClone(project.data);
    missing.recordDiscrepancies[0]!.statements[2]!.citationId = '00000000-0000-4000-8000-000000000000';
    expect(await errorsOf(missing)).toMatchObject({
      'recordDiscrepancies.0.statements.2.citationId': '找不到这条引文，它可能已被撤下，请另选',
    });

    const seeded = await database.db.recordDiscrepancy.findFirstOrThrow({
      where: { projectId: { not: project.id } },
      select: { id: true },
    });
    expect(await errorsOf({ ...project.data, recordDiscrepancies: [{ ...d!, id: seeded.id }] })).toMatchObject({
      'recordDiscrepancies.0.id': '编号已属于另一条记录',
    });
  });

  it('lets two statements swap their citations, each keeping its id', async () => {
    const project = await loadProject(SLUG);
    const [d] = project.data.recordDiscrepancies;
    const [a, b, ...rest] = d!.statements;
    const swapped = [
      { ...a!, citationId: b!.citationId },
      { ...b!, citationId: a!.citationId },
    ];
    const change = await save(project.id, project.version, {
      ...project.data,
      recordDiscrepancies: [{ ...d!, statements: [...swapped, ...rest] }],
    });
    await submitAndApprove(database.db, editor, reviewer, change.id);
    const after = (await loadProject(SLUG)).data.recordDiscrepancies[0]!;
    expect(after.statements.slice(0, 2)).toEqual(swapped);
  });

  it('publishes the other record a shared discrepancy concerns alongside, so an edit open on it is stale', async () => {
    const shared = await database.db.recordDiscrepancy.findFirstOrThrow({
      where: { projectId: { not: null }, agreementId: { not: null } },
      select: { id: true, projectId: true, agreementId: true },
    });
    const owner = await database.db.project.findUniqueOrThrow({
      where: { id: shared.projectId! },
      select: { slug: true },
    });
    const agreementBefore = await loadWith(agreementKind, shared.agreementId!);
    const pending = await saveAs('AGREEMENT', shared.agreementId!, agreementBefore.version, {
      ...agreementBefore.data,
      summary: `${agreementBefore.data.summary}。`,
    });

    const project = await loadProject(owner.slug);
    const note = '两份文件对签约形式说法不一，以协议文本为准。（项目编辑补充）';
    const change = await save(project.id, project.version, {
      ...project.data,
      recordDiscrepancies: project.data.recordDiscrepancies.map((d) => (d.id === shared.id ? { ...d, note } : d)),
    });
    await submitAndApprove(database.db, editor, reviewer, change.id);

    const agreementAfter = await loadWith(agreementKind, shared.agreementId!);
    expect(agreementAfter.version).toBe(agreementBefore.version + 1);
    expect(agreementAfter.data.recordDiscrepancies.find((d) => d.id === shared.id)!.note).toBe(note);
    const revision = await database.db.revision.findUniqueOrThrow({
      where: {
        recordType_recordId_version: {
          recordType: 'AGREEMENT',
          recordId: shared.agreementId!,
          version: agreementAfter.version,
        },
      },
      select: { comment: true },
    });
    expect(revision.comment).toContain('一并发布');
    await expect(submitAndApprove(database.db, editor, reviewer, pending.id)).rejects.toThrow();
    expect(agreementAfter.data.summary).toBe(agreementBefore.data.summary);
  });

  it('refuses to remove a citation that another record’s discrepancy states, naming that record', async () => {
    // The project discrepancy recorded above states a citation of jiangbei-smart-city-management.
    const project = await loadProject(SLUG);
    const foreign = project.data.recordDiscrepancies[0]!.statements.map((s) => s.citationId);
    const other = await database.db.project.findUniqueOrThrow({
      where: { slug: 'jiangbei-smart-city-management' },
      select: { id: true },
    });
    const smart = await loadWith(projectKind, other.id);
    const stated = smart.data.citations.find((c) => foreign.includes(c.id!))!;
    expect(stated).toBeDefined();
    const refused = save(other.id, smart.version, {
      ...smart.data,
      citations: smart.data.citations.filter((c) => c.id !== stated.id),
    });
    await expect(refused).rejects.toMatchObject({
      message: expect.stringContaining('项目「江北嘴滨江公园」来源分歧中的一条表述'),
    });
    expect(await database.db.citation.count({ where: { id: stated.id } })).toBe(1);
  });

  it('removes a discrepancy from one record but keeps it for the other record it concerns', async () => {
    const shared = await database.db.recordDiscrepancy.findFirstOrThrow({
      where: { projectId: { not: null }, agreementId: { not: null } },
      select: { id: true, projectId: true },
    });
    const owner = await database.db.project.findUniqueOrThrow({
      where: { id: shared.projectId! },
      select: { slug: true },
    });
    const project = await loadProject(owner.slug);
    const change = await save(project.id, project.version, {
      ...project.data,
      recordDiscrepancies: project.data.recordDiscrepancies.filter((d) => d.id !== shared.id),
    });
    await submitAndApprove(database.db, editor, reviewer, change.id);
    const row = await database.db.recordDiscrepancy.findUniqueOrThrow({
      where: { id: shared.id },
      select: { projectId: true, agreementId: true, _count: { select: { statements: true } } },
    });
    expect(row.projectId).toBeNull();
    expect(row.agreementId).not.toBeNull();
    expect(row._count.statements).toBeGreaterThanOrEqual(2);
  });
});

describe('an editor edits a seeded discrepancy of an organisation', () => {
  it('keeps its id and its statements ids, and publishes only when approved', async () => {
    const { id, ...before } = await loadOrganisation();
    const [seeded] = before.data.recordDiscrepancies;
    expect(seeded!.statements.length).toBeGreaterThanOrEqual(2);
    const note = `${seeded!.note}（编辑补充：三种写法见于三份文献。）`;
    const change = await saveAs(
      'ORGANISATION',
      id,
      before.version,
      { ...before.data, recordDiscrepancies: [{ ...seeded!, note }] },
      '补充分歧说明',
    );
    expect((await database.db.recordDiscrepancy.findUniqueOrThrow({ where: { id: seeded!.id } })).note).toBe(
      seeded!.note,
    );
    await submitAndApprove(database.db, editor, reviewer, change.id);
    const after = await loadWith(organisationKind, id);
    expect(after.data.recordDiscrepancies).toEqual([{ ...seeded!, note }]);
  });
});

describe('a draft saved before 来源分歧 existed', () => {
  it('keeps the record’s discrepancies and aliases when it is approved, and shows no removal to the reviewer', async () => {
    const { id, ...before } = await loadOrganisation();
    expect(before.data.recordDiscrepancies.length).toBeGreaterThan(0);
    const change = await saveAs('ORGANISATION', id, before.version, {
      ...before.data,
      description: `${before.data.description}（旧草稿）`,
    });
    // As a draft of that time was stored: without the fields the form has gained since.
    const {
      recordDiscrepancies: _discrepancies,
      aliases: _aliases,
      ...old
    } = (await database.db.change.findUniqueOrThrow({ where: { id: change.id } })).proposedData as Record<
      string,
      unknown
    >;
    await database.db.change.update({ where: { id: change.id }, data: { proposedData: old as object } });

    const shown = await getChange(change.id);
    const rows = diffRecords(before.data, shown!.proposedData, new Map());
    expect(rows.filter((row) => row.kind !== 'unchanged').map((row) => row.path)).toEqual(['description']);

    await submitAndApprove(database.db, editor, reviewer, change.id);
    const after = await loadWith(organisationKind, id);
    expect(after.data.description).toBe(`${before.data.description}（旧草稿）`);
    expect(after.data.recordDiscrepancies).toEqual(before.data.recordDiscrepancies);
    expect(after.data.aliases).toEqual(before.data.aliases);
  });

  it('restored from a version of that time keeps them too', async () => {
    const { id, ...current } = await loadOrganisation();
    const first = await database.db.revision.findFirstOrThrow({
      where: { recordType: 'ORGANISATION', recordId: id },
      orderBy: { version: 'asc' },
    });
    const { recordDiscrepancies: _discrepancies, aliases: _aliases, ...old } = first.data as Record<string, unknown>;
    await database.db.revision.update({ where: { id: first.id }, data: { data: old as object } });
    const change = await restoreRevision(database.db, editor, {
      recordType: 'ORGANISATION',
      recordId: id,
      version: first.version,
    });
    const proposed = (await database.db.change.findUniqueOrThrow({ where: { id: change.id } }))
      .proposedData as typeof current.data;
    expect(proposed.recordDiscrepancies).toEqual(current.data.recordDiscrepancies);
    expect(proposed.aliases).toEqual(current.data.aliases);
  });
});

describe('the citation search of a statement', () => {
  it('finds a quote that runs over a line break of its document, and takes LIKE wildcards literally', async () => {
    // The 2021 report breaks its line inside 泸州市: “泸州\n市、攀枝花市”.
    const hits = await searchCitations('泸州市、攀枝花市');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => /泸州\s+市/.test(hit.exact))).toBe(true);
    expect(await searchCitations('泸州%攀枝花')).toEqual([]);
  });
});
