import 'server-only';
// Importing source documents from the admin area. A new document is stored as a draft: it becomes
// public with the first approved record that cites it. A corrected text becomes a new version of the
// same document: every citation of the current version is re-anchored on it with the citation
// engine and proposed as a draft change per record, orphans are reported, and the public keeps
// seeing the old version until no published citation points at it any more.
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/changes/changes';
import { changeHash } from '@/lib/changes/content-hash';
import { reanchor } from '@/lib/citations';
import { parsePartialDate } from '@/lib/dates/partial-date';
import type { Db, Tx } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RecordType } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/records/field-errors';
import { mapCitations } from '@/lib/records/citation-walk';
import { recordKind } from '@/lib/records/kinds';
import { createSourceDocument } from './create-source-document';
import { newSourceSchema, newVersionSchema } from './schema';
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

export async function importSourceDocument(db: Db, actor: Actor | null, input: unknown) {
  assertCan(actor, 'source.import');
  const data = parseInput(newSourceSchema, input);
  const date = data.statedDate === '' ? null : parsePartialDate(data.statedDate);
  return db.$transaction(async (tx) => {
    await refuseDuplicateText(tx, data.text);
    if (await tx.sourceDocument.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
      throw new AppError('VALIDATION', '请修正标出的字段。', { fieldErrors: { slug: '该网址标识已被另一份文件使用' } });
    }
    const created = await createSourceDocument(tx, {
      slug: data.slug,
      title: data.title,
      kind: data.kind,
      byline: data.byline || null,
      publisher: data.publisher || null,
      originalUrl: data.originalUrl || null,
      statedDate: date?.date ?? null,
      statedDatePrecision: date?.precision ?? null,
      datingNote: data.datingNote || null,
      fileName: data.fileName || `${data.slug}.txt`,
      text: data.text,
      status: 'DRAFT',
      importedById: actor.id,
    });
    await tx.auditEntry.create({
      data: {
        actorId: actor.id,
        actorLabel: actor.email,
        address: actor.address ?? null,
        action: 'source.import',
        recordType: 'SOURCE_DOCUMENT',
        recordId: created.documentId,
        detail: { sha256: created.sha256, chars: codePointLength(data.text) },
      },
    });
    return created;
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
  return db.$transaction(async (tx) => {
    const document = await tx.sourceDocument.findUnique({
      where: { id: data.documentId },
      include: { versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true, text: true } } },
    });
    const latest = document?.versions[0];
    if (!document || !latest) throw new AppError('NOT_FOUND', '找不到这份文件。');
    await refuseDuplicateText(tx, data.text);
    const version = await tx.sourceVersion.create({
      data: {
        documentId: document.id,
        number: latest.number + 1,
        fileName: data.fileName || `${document.slug}-v${latest.number + 1}.txt`,
        text: data.text,
        sha256: sha256Hex(data.text),
        charCount: codePointLength(data.text),
        importedById: actor.id,
        note: data.note || null,
      },
      select: { id: true, number: true },
    });

    const orphans: Orphan[] = [];
    const changeIds: string[] = [];
    let moved = 0;
    const notes = {
      editorNote: '',
      publicNote: `原始文件《${document.title}》更正为第 ${version.number} 版，引文随之移到新版本`,
    };
    for (const record of await recordsCiting(tx, latest.id)) {
      const kind = recordKind(record.recordType);
      const current = await kind.load(tx, record.recordId);
      if (!current) continue;
      const lost: string[] = [];
      const proposed = mapCitations(current.data, (citation) => {
        if (citation.sourceVersionId !== latest.id) return citation;
        const result = reanchor(data.text, citation);
        if (result.status === 'orphaned') {
          lost.push(citation.exact);
          return citation;
        }
        moved += 1;
        // Same citation, same id: its public anchor follows it to the corrected text.
        return { ...citation, sourceVersionId: version.id, ...result.anchor };
      }) as Prisma.InputJsonValue;
      const change = await tx.change.create({
        data: {
          recordType: record.recordType,
          recordId: record.recordId,
          action: 'UPDATE',
          title: `${kind.title(current.data)}（引文移至第 ${version.number} 版）`,
          proposedData: proposed,
          contentHash: changeHash(proposed, notes),
          publicNote: notes.publicNote,
          baseVersion: current.version,
          authorId: actor.id,
        },
      });
      await tx.changeRevision.create({
        data: {
          changeId: change.id,
          number: 1,
          proposedData: proposed,
          contentHash: changeHash(proposed, notes),
          editorId: actor.id,
        },
      });
      changeIds.push(change.id);
      orphans.push(...lost.map((quote) => ({ recordTitle: kind.title(current.data), changeId: change.id, quote })));
    }
    await tx.auditEntry.create({
      data: {
        actorId: actor.id,
        actorLabel: actor.email,
        address: actor.address ?? null,
        action: 'source.new_version',
        recordType: 'SOURCE_DOCUMENT',
        recordId: document.id,
        detail: { version: version.number, moved, orphans: orphans.length, changes: changeIds.length },
      },
    });
    return { versionId: version.id, number: version.number, moved, orphans, changeIds };
  });
}

/**
 * After a publish: documents cited by the published record become public, and a document whose
 * current version no published citation uses any more moves on to its newest version.
 */
export async function settleSources(tx: Tx, citedVersionIds: string[]) {
  if (citedVersionIds.length === 0) return;
  const documents = await tx.sourceDocument.findMany({
    where: { versions: { some: { id: { in: citedVersionIds } } } },
    select: {
      id: true,
      status: true,
      currentVersionId: true,
      versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true } },
    },
  });
  for (const document of documents) {
    const newest = document.versions[0]!.id;
    const stillCited =
      document.currentVersionId !== null &&
      (await tx.citation.count({ where: { sourceVersionId: document.currentVersionId } })) > 0;
    await tx.sourceDocument.update({
      where: { id: document.id },
      data: {
        status: 'PUBLISHED',
        ...(newest !== document.currentVersionId && !stillCited ? { currentVersionId: newest } : {}),
      },
    });
  }
}
