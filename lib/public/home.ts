import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ChangeAction, RecordType } from '@/lib/generated/prisma/enums';
import { recordTypeLabel } from '@/lib/labels';
import { summarizeChange, type ChangeSummary } from '@/lib/public/change-summary';
import { metricSummarySelect } from '@/lib/records/metric/public';
import { listPublishedSources } from '@/lib/public/sources';
import { listTopics } from '@/lib/public/topics';
import { publicFilter } from '@/lib/public/visibility';
import { namesForIds } from '@/lib/records/names';
import { idsIn } from '@/lib/records/record-diff';

export type HomeTopic = { slug: string; nameZh: string; nameEn: string; description: string };
export type RecentChange = {
  id: string;
  publishedAt: Date;
  kind: string;
  label: string;
  /** The record's page; null once the record was taken down. */
  href: string | null;
  /** This version in the record's public history, for record types that have one. */
  historyHref: string | null;
  summary: ChangeSummary;
};

const recordPaths: Partial<Record<RecordType, { prefix: string; history: boolean }>> = {
  METRIC: { prefix: '/metrics', history: true },
  PROJECT: { prefix: '/projects', history: true },
  AGREEMENT: { prefix: '/agreements', history: true },
  TOPIC: { prefix: '/topics', history: false },
  SOURCE_DOCUMENT: { prefix: '/sources', history: true },
};

// Each record type a revision may name, with the table, slug and name to show for it. A record
// taken down shows only the revision that took it down.
const RECENT_SQL = Prisma.sql`
  SELECT r.id, r."publishedAt", r."recordType", r."recordId", r.version, r.data, c.action,
         COALESCE(m.slug, p.slug, a.slug, t.slug, d.slug) AS slug,
         COALESCE(m."nameZh", p.name, a.title, t."nameZh", d.title) AS label,
         COALESCE(m."deletedAt", p."deletedAt", a."deletedAt", t."deletedAt", d."deletedAt") IS NULL AS live
  FROM "Revision" r
  LEFT JOIN "Change" c ON c.id = r."changeId"
  LEFT JOIN "Metric" m ON r."recordType" = 'METRIC' AND m.id = r."recordId"
    AND m.status = 'PUBLISHED' AND (m."deletedAt" IS NULL OR c.action = 'DELETE')
  LEFT JOIN "Project" p ON r."recordType" = 'PROJECT' AND p.id = r."recordId"
    AND p.status = 'PUBLISHED' AND (p."deletedAt" IS NULL OR c.action = 'DELETE')
  LEFT JOIN "Agreement" a ON r."recordType" = 'AGREEMENT' AND a.id = r."recordId"
    AND a.status = 'PUBLISHED' AND (a."deletedAt" IS NULL OR c.action = 'DELETE')
  LEFT JOIN "Topic" t ON r."recordType" = 'TOPIC' AND t.id = r."recordId"
    AND t.status = 'PUBLISHED' AND (t."deletedAt" IS NULL OR c.action = 'DELETE')
  LEFT JOIN "SourceDocument" d ON r."recordType" = 'SOURCE_DOCUMENT' AND d.id = r."recordId"
    AND d.status = 'PUBLISHED' AND (d."deletedAt" IS NULL OR c.action = 'DELETE')
  WHERE COALESCE(m.id, p.id, a.id, t.id, d.id) IS NOT NULL`;

type RecentRow = {
  id: string;
  publishedAt: Date;
  recordType: RecordType;
  version: number;
  data: unknown;
  action: ChangeAction | null;
  slug: string;
  label: string;
  live: boolean;
  previous: unknown;
};

/** The latest published revisions of records that are (or were until they were taken down) public, each with what it changed. */
export async function listRecentChanges(take: number): Promise<RecentChange[]> {
  // The previous version of each record is looked up for the few revisions listed, not for all.
  const rows = await db.$queryRaw<RecentRow[]>(Prisma.sql`
    WITH recent AS (${RECENT_SQL} ORDER BY r."publishedAt" DESC, r.id ASC LIMIT ${take})
    SELECT recent.*, prev.data AS previous
    FROM recent
    LEFT JOIN LATERAL (
      SELECT data FROM "Revision" p
      WHERE p."recordType" = recent."recordType" AND p."recordId" = recent."recordId" AND p.version < recent.version
      ORDER BY p.version DESC LIMIT 1
    ) prev ON true
    ORDER BY recent."publishedAt" DESC, recent.id ASC`);
  const names = await namesForIds(
    rows.flatMap((row) => [...idsIn(row.data), ...idsIn(row.previous)]),
    { publicOnly: true },
  );
  return rows.map((row) => {
    const path = recordPaths[row.recordType]!;
    const href = row.live ? `${path.prefix}/${row.slug}` : null;
    return {
      id: row.id,
      publishedAt: row.publishedAt,
      kind: recordTypeLabel[row.recordType],
      label: row.label,
      href,
      historyHref: href && path.history ? `${href}/history#v${row.version}` : null,
      summary: summarizeChange({ ...row, previous: row.previous ?? null }, names),
    };
  });
}

/** Everything the home page shows. */
export async function getHomePageData() {
  const [topics, sources, headlines, recentChanges] = await Promise.all([
    listTopics(),
    listPublishedSources(),
    db.metric.findMany({
      where: { ...publicFilter, featured: true, topic: publicFilter },
      orderBy: [{ sortOrder: 'asc' }, { nameZh: 'asc' }, { id: 'asc' }],
      take: 8,
      select: metricSummarySelect,
    }),
    listRecentChanges(8),
  ]);
  return { topics, sources, headlines, recentChanges };
}
