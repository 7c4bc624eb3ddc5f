// Stores a new source document with its text as version 1. The text is kept byte for byte and
// identified by its sha256: the same text can never be stored twice.
import type { Tx } from '@/lib/db/client';
import type { DatePrecision, RecordStatus, SourceKind } from '@/lib/generated/prisma/enums';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { AppError } from '@/lib/errors';
import type { SourceMetadata } from './schema';
import { codePointLength, sha256Hex } from './source-text';

export type NewSourceDocument = {
  id?: string;
  versionId?: string;
  slug: string;
  title: string;
  kind: SourceKind;
  fileName: string;
  text: string;
  byline?: string | null;
  publisher?: string | null;
  originalUrl?: string | null;
  statedDate?: Date | null;
  statedDatePrecision?: DatePrecision | null;
  estimatedDate?: Date | null;
  estimatedDatePrecision?: DatePrecision | null;
  datingNote?: string | null;
  retrievedOn?: Date | null;
  language?: string;
  rightsNote?: string | null;
  status: RecordStatus;
  importedById?: string | null;
  /** Where each page starts in `text`, for a PDF original. */
  pageStarts?: number[];
  /** The original the text was extracted from, stored with the version. */
  original?: StoredOriginal | null;
};

export type StoredOriginal = { fileName: string; mediaType: string; sha256: string; bytes: Uint8Array };

/** The document's columns for its metadata as the forms hold it. */
export function sourceDocumentColumns(data: SourceMetadata) {
  const stated = data.statedDate === '' ? null : parsePartialDate(data.statedDate);
  const estimated = data.estimatedDate === '' ? null : parsePartialDate(data.estimatedDate);
  return {
    slug: data.slug,
    title: data.title,
    kind: data.kind,
    byline: data.byline || null,
    publisher: data.publisher || null,
    originalUrl: data.originalUrl || null,
    statedDate: stated?.date ?? null,
    statedDatePrecision: stated?.precision ?? null,
    estimatedDate: estimated?.date ?? null,
    estimatedDatePrecision: estimated?.precision ?? null,
    datingNote: data.datingNote || null,
    retrievedOn: data.retrievedOn === '' ? null : (parsePartialDate(data.retrievedOn)?.date ?? null),
    language: data.language,
    rightsNote: data.rightsNote || null,
  };
}

/** Keeps an original next to the version whose text came from it (never changed afterwards). */
export async function storeOriginal(tx: Tx, versionId: string, original: StoredOriginal) {
  await tx.sourceFile.create({
    data: {
      versionId,
      fileName: original.fileName,
      mediaType: original.mediaType,
      byteSize: original.bytes.byteLength,
      sha256: original.sha256,
      bytes: Buffer.from(original.bytes),
    },
  });
}

export async function createSourceDocument(tx: Tx, input: NewSourceDocument) {
  const { text, fileName, versionId, importedById, pageStarts, original, ...document } = input;
  if (text.trim().length === 0) throw new AppError('VALIDATION', `${fileName} is empty`);
  const sha256 = sha256Hex(text);
  const sameText = await tx.sourceVersion.findUnique({
    where: { sha256 },
    select: { document: { select: { slug: true } } },
  });
  if (sameText) {
    throw new AppError(
      'CONFLICT',
      `${fileName}: the same text is already stored as source "${sameText.document.slug}"`,
      {
        slug: sameText.document.slug,
      },
    );
  }
  const sameSlug = await tx.sourceDocument.findUnique({ where: { slug: document.slug }, select: { id: true } });
  if (sameSlug) throw new AppError('CONFLICT', `a source with slug "${document.slug}" already exists`);

  const created = await tx.sourceDocument.create({ data: document, select: { id: true } });
  const version = await tx.sourceVersion.create({
    data: {
      id: versionId,
      documentId: created.id,
      number: 1,
      fileName,
      text,
      sha256,
      charCount: codePointLength(text),
      importedById,
      pageStarts,
      // A document stored as published (the seed's reviewed corpus) is approved with its text.
      approvedAt: document.status === 'PUBLISHED' ? new Date() : null,
    },
    select: { id: true },
  });
  if (original) await storeOriginal(tx, version.id, original);
  await tx.sourceDocument.update({ where: { id: created.id }, data: { currentVersionId: version.id } });
  return { documentId: created.id, versionId: version.id, sha256 };
}
