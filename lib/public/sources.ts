import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import {
  citationTargetSelect,
  describeCitationTarget,
  liveCitationWhere,
  publicCitationWhere,
  type CitedBy,
} from '@/lib/public/citations';
import { publicFilter } from '@/lib/public/visibility';
import { isSlug } from '@/lib/ids/slug';
import { pageAt } from '@/lib/sources/pages';

export const sourceSummarySelect = {
  slug: true,
  title: true,
  kind: true,
  byline: true,
  publisher: true,
  originalUrl: true,
  statedDate: true,
  statedDatePrecision: true,
  estimatedDate: true,
  estimatedDatePrecision: true,
  datingNote: true,
  retrievedOn: true,
  language: true,
  rightsNote: true,
  currentVersion: { select: { charCount: true, fileName: true, sha256: true } },
} as const;

export async function listPublishedSources() {
  return db.sourceDocument.findMany({
    where: publicFilter,
    orderBy: [{ statedDate: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }, { id: 'asc' }],
    select: sourceSummarySelect,
  });
}

export type SourceCitation = { id: string; start: number; end: number; exact: string; citedBy: CitedBy };

/** A published document's current text and every public citation on it, in two queries. */
export const getSourcePage = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  const document = await db.sourceDocument.findFirst({
    where: { slug, ...publicFilter },
    select: {
      ...sourceSummarySelect,
      id: true,
      updatedAt: true,
      currentVersion: {
        select: {
          id: true,
          text: true,
          charCount: true,
          fileName: true,
          sha256: true,
          pageStarts: true,
          importedAt: true,
          file: { select: { fileName: true, mediaType: true, byteSize: true } },
        },
      },
    },
  });
  if (!document?.currentVersion) return null;
  const rows = await db.citation.findMany({
    where: { sourceVersionId: document.currentVersion.id, ...publicCitationWhere },
    orderBy: [{ startOffset: 'asc' }, { endOffset: 'asc' }, { id: 'asc' }],
    select: { id: true, startOffset: true, endOffset: true, ...citationTargetSelect },
  });
  const citations: SourceCitation[] = rows.flatMap((row) => {
    const citedBy = describeCitationTarget(row);
    return citedBy ? [{ id: row.id, start: row.startOffset, end: row.endOffset, exact: row.exact, citedBy }] : [];
  });
  return { document, citations };
});

/** The original file behind a published document's public version, or null when there is none. */
export async function getPublicOriginal(slug: string) {
  if (!isSlug(slug)) return null;
  const document = await db.sourceDocument.findFirst({
    where: { slug, ...publicFilter },
    select: {
      currentVersion: {
        select: {
          file: { select: { fileName: true, mediaType: true, byteSize: true, sha256: true, bytes: true } },
        },
      },
    },
  });
  return document?.currentVersion?.file ?? null;
}

/** A public citation with what citing it needs: its document, what it supports, its page. */
export async function getCitableCitation(id: string) {
  const row = await db.citation.findFirst({
    where: { id, ...liveCitationWhere },
    select: {
      id: true,
      startOffset: true,
      ...citationTargetSelect,
      sourceVersion: {
        select: { pageStarts: true, importedAt: true, document: { select: { ...sourceSummarySelect, id: true } } },
      },
    },
  });
  const citedBy = row ? describeCitationTarget(row) : null;
  if (!row || !citedBy) return null;
  const { document, pageStarts, importedAt } = row.sourceVersion;
  return {
    id: row.id,
    quote: row.exact,
    citedBy,
    document,
    page: pageAt(pageStarts, row.startOffset),
    retrieved: document.retrievedOn ?? importedAt,
  };
}
