import 'server-only';
// A source document as one record: its metadata and its approved text version. Documents and
// their versions are created by importing (lib/sources/import-sources.ts); publishing the change
// that names a version approves that version's text and moves the public version (publication.ts).
import type { Tx } from '@/lib/db/client';
import { formatPartialDate, type DatePrecision } from '@/lib/dates/partial-date';
import { AppError } from '@/lib/errors';
import { sourceDocumentColumns } from '@/lib/sources/create-source-document';
import { settlePublicVersions } from '@/lib/sources/publication';
import type { RecordKind, WriteInput } from '../record-kind';
import { sourceRecordSchema, type SourceRecord } from '@/lib/sources/schema';

const partialDateText = (date: Date | null, precision: DatePrecision | null) =>
  date && precision ? formatPartialDate({ date, precision }) : '';

async function load(tx: Tx, id: string) {
  const row = await tx.sourceDocument.findUnique({
    where: { id },
    include: {
      currentVersion: { select: { id: true, number: true } },
      versions: {
        where: { approvedAt: { not: null } },
        orderBy: { number: 'desc' },
        take: 1,
        select: { id: true, number: true },
      },
    },
  });
  // The record's text is its newest approved version (the public one may lag, see publication.ts);
  // before any approval, the version it was imported with.
  const version = row?.versions[0] ?? row?.currentVersion;
  if (!row || !version) return null;
  const data: SourceRecord = {
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    byline: row.byline ?? '',
    publisher: row.publisher ?? '',
    originalUrl: row.originalUrl ?? '',
    statedDate: partialDateText(row.statedDate, row.statedDatePrecision),
    estimatedDate: partialDateText(row.estimatedDate, row.estimatedDatePrecision),
    datingNote: row.datingNote ?? '',
    retrievedOn: partialDateText(row.retrievedOn, 'DAY'),
    language: row.language,
    rightsNote: row.rightsNote ?? '',
    versionId: version.id,
    versionNumber: version.number,
  };
  return { data, version: row.version, status: row.status, deletedAt: row.deletedAt };
}

async function write(tx: Tx, { id, data, expectedVersion, now }: WriteInput<SourceRecord>) {
  if (id === null) throw new AppError('VALIDATION', '原始文件须先导入全文，再提交审核。');
  await tx.sourceDocument.update({
    where: { id, version: expectedVersion ?? -1 },
    data: { ...sourceDocumentColumns(data), status: 'PUBLISHED', version: { increment: 1 } },
  });
  await tx.sourceVersion.updateMany({
    where: { id: data.versionId, documentId: id, approvedAt: null },
    data: { approvedAt: now },
  });
  await settlePublicVersions(tx, [id]);
  return id;
}

export const sourceKind: RecordKind<SourceRecord> = {
  recordType: 'SOURCE_DOCUMENT',
  label: '原始文件',
  schema: sourceRecordSchema,
  title: (data) => `${data.title}（第 ${data.versionNumber} 版）`,
  load,
  write,
  citedValues: () => [],
  uniqueChecks: async (tx, id, data) => {
    const [slug, version] = await Promise.all([
      tx.sourceDocument.findFirst({
        where: { slug: data.slug, ...(id ? { id: { not: id } } : {}) },
        select: { id: true },
      }),
      tx.sourceVersion.findUnique({ where: { id: data.versionId }, select: { documentId: true, number: true } }),
    ]);
    const errors: Record<string, string> = {};
    if (slug) errors.slug = '该网址标识已被另一份文件使用';
    // A change can only approve a version of its own document, under its real number.
    if (!version || version.documentId !== id || version.number !== data.versionNumber) {
      errors.versionId = '这个文本版本不属于这份文件';
    }
    return errors;
  },
  setDeleted: async () => {
    throw new AppError('VALIDATION', '原始文件不能删除：引用它的记录和公开链接依赖它。');
  },
};
