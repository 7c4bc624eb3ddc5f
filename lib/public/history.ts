import 'server-only';
// The public side of fact identity: each record's history of published versions, and what a link
// to a withdrawn citation or observation leads to (when and why it went, and where the record's
// history is), so that no shared link ends at the top of a page with nothing highlighted.
import { db } from '@/lib/db';
import { isSlug } from '@/lib/ids/slug';
import type { FactType, RecordType } from '@/lib/generated/prisma/enums';
import { liveCitationWhere } from '@/lib/public/citations';
import { publicFilter } from '@/lib/public/visibility';
import { namesForIds } from '@/lib/records/names';
import { changedRows, diffRecords, idsIn, type DiffRow } from '@/lib/records/record-diff';

const publicSection: Record<RecordType, string> = {
  METRIC: 'metrics',
  PROJECT: 'projects',
  AGREEMENT: 'agreements',
  ORGANISATION: 'partners',
  TOPIC: 'topics',
  SOURCE_DOCUMENT: 'sources',
};

export type PublicRecordRef = { recordType: RecordType; id: string; slug: string; title: string; href: string };

type RecordWhere = { id: string } | { slug: string };

/** A published record by id or slug, with its public address; null when it is not public. */
export async function findPublicRecord(recordType: RecordType, where: RecordWhere): Promise<PublicRecordRef | null> {
  const filter = { ...where, ...publicFilter };
  const found = await (() => {
    switch (recordType) {
      case 'METRIC':
        return db.metric
          .findFirst({ where: filter, select: { id: true, slug: true, nameZh: true } })
          .then((r) => r && { id: r.id, slug: r.slug, title: r.nameZh });
      case 'PROJECT':
        return db.project
          .findFirst({ where: filter, select: { id: true, slug: true, name: true } })
          .then((r) => r && { id: r.id, slug: r.slug, title: r.name });
      case 'AGREEMENT':
        return db.agreement.findFirst({ where: filter, select: { id: true, slug: true, title: true } });
      case 'ORGANISATION':
        return db.organisation
          .findFirst({ where: filter, select: { id: true, slug: true, name: true } })
          .then((r) => r && { id: r.id, slug: r.slug, title: r.name });
      case 'TOPIC':
        return db.topic
          .findFirst({ where: filter, select: { id: true, slug: true, nameZh: true } })
          .then((r) => r && { id: r.id, slug: r.slug, title: r.nameZh });
      case 'SOURCE_DOCUMENT':
        return db.sourceDocument.findFirst({ where: filter, select: { id: true, slug: true, title: true } });
    }
  })();
  return found && { recordType, ...found, href: `/${publicSection[recordType]}/${found.slug}` };
}

export const historyHref = (record: PublicRecordRef) => `${record.href}/history`;

export const HISTORY_PAGE_SIZE = 20;

export type HistoryEntry = {
  version: number;
  publishedAt: Date;
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE' | null;
  reason: string | null;
  rows: DiffRow[];
};

/** A public record's published versions, newest first, each with what it changed. */
export async function getPublicHistory(recordType: RecordType, slug: string, page: number) {
  if (!isSlug(slug)) return null;
  const record = await findPublicRecord(recordType, { slug });
  if (!record) return null;
  const where = { recordType, recordId: record.id };
  const [total, revisions] = await Promise.all([
    db.revision.count({ where }),
    // One more than a page: the oldest on the page is compared with the version before it.
    db.revision.findMany({
      where,
      orderBy: { version: 'desc' },
      skip: (page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE + 1,
      select: {
        version: true,
        data: true,
        publishedAt: true,
        change: { select: { action: true, publicNote: true } },
      },
    }),
  ]);
  const names = await namesForIds(
    revisions.flatMap((r) => idsIn(r.data)),
    { publicOnly: true },
  );
  const entries: HistoryEntry[] = revisions.slice(0, HISTORY_PAGE_SIZE).map((revision, index) => {
    const previous = revisions[index + 1];
    return {
      version: revision.version,
      publishedAt: revision.publishedAt,
      action: revision.change?.action ?? null,
      reason: revision.change?.publicNote ?? null,
      rows: previous ? changedRows(diffRecords(previous.data, revision.data, names)) : [],
    };
  });
  return { record, entries, pages: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)) };
}

export type WithdrawnNotice = {
  factId: string;
  factType: FactType;
  label: string;
  withdrawnAt: Date;
  reason: string | null;
  record: PublicRecordRef | null;
};

const withdrawnSelect = {
  factId: true,
  factType: true,
  label: true,
  withdrawnAt: true,
  reason: true,
  recordType: true,
  recordId: true,
} as const;

async function withRecords(
  rows: Array<{ recordType: RecordType; recordId: string } & Omit<WithdrawnNotice, 'record'>>,
): Promise<WithdrawnNotice[]> {
  const refs = new Map<string, Promise<PublicRecordRef | null>>();
  for (const row of rows) {
    const key = `${row.recordType}:${row.recordId}`;
    if (!refs.has(key)) refs.set(key, findPublicRecord(row.recordType, { id: row.recordId }));
  }
  return Promise.all(
    rows.map(async ({ recordType, recordId, ...notice }) => ({
      ...notice,
      record: await refs.get(`${recordType}:${recordId}`)!,
    })),
  );
}

/** Where a citation link leads: the highlighted passage, a notice that it was withdrawn, or nowhere. */
export async function resolveCitationLink(
  id: string,
): Promise<{ kind: 'live'; href: string } | { kind: 'withdrawn'; notice: WithdrawnNotice } | null> {
  const live = await db.citation.findFirst({
    where: { id, ...liveCitationWhere },
    select: { sourceVersion: { select: { document: { select: { slug: true } } } } },
  });
  if (live) return { kind: 'live', href: `/sources/${live.sourceVersion.document.slug}#cite-${id}` };
  const withdrawn = await db.withdrawnFact.findFirst({
    where: { factId: id, factType: 'CITATION' },
    orderBy: { withdrawnAt: 'desc' },
    select: withdrawnSelect,
  });
  if (!withdrawn) return null;
  const [notice] = await withRecords([withdrawn]);
  return { kind: 'withdrawn', notice: notice! };
}

/**
 * Notices for facts withdrawn from a page, to stand at their old anchors: citations once on a
 * source document (`documentId`) or observations once on a metric (`metricId`). A fact brought back
 * by a restore is live again and has no notice.
 */
export async function withdrawnNotices(
  on: { documentId: string } | { metricId: string },
  liveIds: string[],
): Promise<WithdrawnNotice[]> {
  const rows = await db.withdrawnFact.findMany({
    where: {
      factId: { notIn: liveIds },
      ...('documentId' in on
        ? { factType: 'CITATION', sourceVersion: { documentId: on.documentId } }
        : { factType: 'OBSERVATION', recordType: 'METRIC', recordId: on.metricId }),
    },
    orderBy: [{ withdrawnAt: 'desc' }, { id: 'asc' }],
    distinct: ['factId'],
    select: withdrawnSelect,
  });
  return withRecords(rows);
}
