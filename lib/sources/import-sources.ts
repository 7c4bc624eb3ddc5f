import 'server-only';
// Importing source documents from the admin area. A new document is stored as a draft, and a
// corrected text becomes a new version of the same document; either way the import proposes a
// change naming the version, and its text goes public only when a reviewer approves that change
// (lib/sources/publication.ts). Every citation of the latest version is re-anchored on a new one
// with the citation engine and proposed as a draft change per record; orphans are reported.
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/actor-type';
import { changeHash } from '@/lib/changes/content-hash';
import { reanchor } from '@/lib/citations';
import type { Db, Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ChangeAction, RecordType } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/records/field-errors';
import { mapCitations } from '@/lib/records/citation-walk';
import { recordKind } from '@/lib/records/kinds';
import {
  createSourceDocument,
  sourceDocumentColumns,
  storeOriginal,
  type StoredOriginal,
} from './create-source-document';
import { readOriginal, type ReadOriginal } from './read-original';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { newSourceSchema, newVersionSchema, type SourceMetadata, type SourceRecord } from './schema';
import { codePointLength, sha256Hex } from './source-text';

async function refuseDuplicateText(tx: Tx, text: string) {
  const same = await tx.sourceVersion.findUnique({
    where: { sha256: sha256Hex(text) },
    select: { number: true, document: { select: { title: true } } },
  });
  if (same) {
    throw new AppError('CONFLICT', '这份文本已经导入过。', {
      fieldErrors: { text: `与已有文件《${same.document.title}》第 ${same.number} 版完全相同` },
    });
  }
}

/**
 * The text to store: pasted (or from a .txt file), or extracted from an uploaded original, which
 * is then kept with it. Extraction runs before the transaction: it can take seconds.
 */
async function textOf(data: { text: string; fileName: string; original?: { fileName: string; data: string } }) {
  if (!data.original) return { text: data.text, fileName: data.fileName, pageStarts: [], original: null, meta: {} };
  const bytes = Buffer.from(data.original.data, 'base64');
  const read = await readOriginal(data.original.fileName, bytes);
  const original: StoredOriginal = {
    fileName: data.original.fileName,
    mediaType: read.mediaType,
    sha256: read.sha256,
    bytes,
  };
  return { text: read.text, fileName: data.original.fileName, pageStarts: read.pageStarts, original, meta: read.meta };
}

/**
 * What a saved web page says of itself fills the fields the editor left empty: its author, its
 * site as publisher, its publication day. The editor's own entries always win; reviewers see all.
 */
function withPageMetadata<T extends SourceMetadata>(data: T, meta: ReadOriginal['meta']): T {
  const day = meta.published?.match(/^(\d{4}-\d{2}-\d{2})/)?.[1];
  return {
    ...data,
    byline: data.byline || meta.author || '',
    publisher: data.publisher || meta.publisher || '',
    statedDate: data.statedDate || (day && parsePartialDate(day) ? day : ''),
  };
}

type DraftChange = {
  recordType: RecordType;
  recordId: string;
  action: ChangeAction;
  title: string;
  proposed: Prisma.InputJsonValue;
  publicNote: string;
  baseVersion: number;
};

/** A draft change proposed by the system on the importing editor's behalf, with its first revision. */
async function createDraftChange(tx: Tx, actor: Actor, draft: DraftChange) {
  const notes = { editorNote: '', publicNote: draft.publicNote };
  const contentHash = changeHash(draft.proposed, notes);
  const change = await tx.change.create({
    data: {
      recordType: draft.recordType,
      recordId: draft.recordId,
      action: draft.action,
      title: draft.title,
      proposedData: draft.proposed,
      contentHash,
      publicNote: notes.publicNote,
      baseVersion: draft.baseVersion,
      authorId: actor.id,
    },
    select: { id: true },
  });
  await tx.changeRevision.create({
    data: { changeId: change.id, number: 1, proposedData: draft.proposed, contentHash, editorId: actor.id },
  });
  return change.id;
}

/** The change that asks reviewers to approve one version's text (and the document's details). */
async function proposeVersion(tx: Tx, actor: Actor, documentId: string, versionId: string, publicNote: string) {
  const kind = recordKind('SOURCE_DOCUMENT');
  const current = await kind.load(tx, documentId);
  const version = await tx.sourceVersion.findUnique({ where: { id: versionId }, select: { number: true } });
  if (!current || !version) throw new AppError('NOT_FOUND', '找不到这份文件。');
  const proposed: SourceRecord = { ...(current.data as SourceRecord), versionId, versionNumber: version.number };
  return createDraftChange(tx, actor, {
    recordType: 'SOURCE_DOCUMENT',
    recordId: documentId,
    action: current.status === 'PUBLISHED' ? 'UPDATE' : 'CREATE',
    title: kind.title(proposed),
    proposed,
    publicNote,
    baseVersion: current.version,
  });
}

export async function importSourceDocument(db: Db, actor: Actor | null, input: unknown) {
  assertCan(actor, 'source.import');
  const data = parseInput(newSourceSchema, input);
  const source = await textOf(data);
  return db.$transaction(async (tx) => {
    await refuseDuplicateText(tx, source.text);
    if (await tx.sourceDocument.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
      throw new AppError('VALIDATION', '请修正标出的字段。', { fieldErrors: { slug: '该网址标识已被另一份文件使用' } });
    }
    const created = await createSourceDocument(tx, {
      ...sourceDocumentColumns(withPageMetadata(data, source.meta)),
      fileName: source.fileName || `${data.slug}.txt`,
      text: source.text,
      pageStarts: source.pageStarts,
      original: source.original,
      status: 'DRAFT',
      importedById: actor.id,
    });
    const changeId = await proposeVersion(tx, actor, created.documentId, created.versionId, '');
    await tx.auditEntry.create({
      data: {
        actorId: actor.id,
        actorLabel: actor.email,
        address: actor.address ?? null,
        action: 'source.import',
        recordType: 'SOURCE_DOCUMENT',
        recordId: created.documentId,
        changeId,
        detail: {
          sha256: created.sha256,
          chars: codePointLength(source.text),
          original: source.original?.mediaType ?? null,
        },
      },
    });
    return { ...created, changeId };
  });
}

type CitingRecord = { recordType: RecordType; recordId: string };

/** The records whose citations point at a source version. */
async function recordsCiting(tx: Tx, versionId: string): Promise<CitingRecord[]> {
  const rows = await tx.citation.findMany({
    where: { sourceVersionId: versionId },
    select: {
      metricId: true,
      projectId: true,
      agreementId: true,
      organisationId: true,
      observation: { select: { metricId: true } },
      projectMilestone: { select: { projectId: true } },
      projectMeasure: { select: { projectId: true } },
    },
  });
  const keys = new Set<string>();
  for (const row of rows) {
    const metric = row.metricId ?? row.observation?.metricId;
    const project = row.projectId ?? row.projectMilestone?.projectId ?? row.projectMeasure?.projectId;
    if (metric) keys.add(`METRIC:${metric}`);
    if (project) keys.add(`PROJECT:${project}`);
    if (row.agreementId) keys.add(`AGREEMENT:${row.agreementId}`);
    if (row.organisationId) keys.add(`ORGANISATION:${row.organisationId}`);
  }
  return [...keys].map((key) => {
    const [recordType, recordId] = key.split(':') as [RecordType, string];
    return { recordType, recordId };
  });
}

export type Orphan = { recordTitle: string; changeId: string; quote: string };

export async function importSourceVersion(db: Db, actor: Actor | null, input: unknown) {
  assertCan(actor, 'source.import');
  assertCan(actor, 'record.edit');
  const data = parseInput(newVersionSchema, input);
  const source = await textOf(data);
  return db.$transaction(async (tx) => {
    const document = await tx.sourceDocument.findUnique({
      where: { id: data.documentId },
      include: { versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true, text: true } } },
    });
    const latest = document?.versions[0];
    if (!document || !latest) throw new AppError('NOT_FOUND', '找不到这份文件。');
    await refuseDuplicateText(tx, source.text);
    const version = await tx.sourceVersion.create({
      data: {
        documentId: document.id,
        number: latest.number + 1,
        fileName: source.fileName || `${document.slug}-v${latest.number + 1}.txt`,
        text: source.text,
        sha256: sha256Hex(source.text),
        charCount: codePointLength(source.text),
        pageStarts: source.pageStarts,
        importedById: actor.id,
        note: data.note || null,
      },
      select: { id: true, number: true },
    });
    if (source.original) await storeOriginal(tx, version.id, source.original);

    const orphans: Orphan[] = [];
    const changeIds: string[] = [];
    let moved = 0;
    const publicNote = `原始文件《${document.title}》更正为第 ${version.number} 版，引文随之移到新版本`;
    const sourceChangeId = await proposeVersion(
      tx,
      actor,
      document.id,
      version.id,
      data.note || `原始文件更正为第 ${version.number} 版`,
    );
    for (const record of await recordsCiting(tx, latest.id)) {
      const kind = recordKind(record.recordType);
      const current = await kind.load(tx, record.recordId);
      if (!current) continue;
      const lost: string[] = [];
      const proposed = mapCitations(current.data, (citation) => {
        if (citation.sourceVersionId !== latest.id) return citation;
        const result = reanchor(source.text, citation);
        if (result.status === 'orphaned') {
          lost.push(citation.exact);
          return citation;
        }
        moved += 1;
        // Same citation, same id: its public anchor follows it to the corrected text.
        return { ...citation, sourceVersionId: version.id, ...result.anchor };
      }) as Prisma.InputJsonValue;
      const changeId = await createDraftChange(tx, actor, {
        recordType: record.recordType,
        recordId: record.recordId,
        action: 'UPDATE',
        title: `${kind.title(current.data)}（引文移至第 ${version.number} 版）`,
        proposed,
        publicNote,
        baseVersion: current.version,
      });
      changeIds.push(changeId);
      orphans.push(...lost.map((quote) => ({ recordTitle: kind.title(current.data), changeId, quote })));
    }
    await tx.auditEntry.create({
      data: {
        actorId: actor.id,
        actorLabel: actor.email,
        address: actor.address ?? null,
        action: 'source.new_version',
        recordType: 'SOURCE_DOCUMENT',
        recordId: document.id,
        changeId: sourceChangeId,
        detail: { version: version.number, moved, orphans: orphans.length, changes: changeIds.length },
      },
    });
    return { versionId: version.id, number: version.number, moved, orphans, changeIds, sourceChangeId };
  });
}
