import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RecordType } from '@/lib/generated/prisma/enums';
import { metricSummarySelect } from '@/lib/public/metrics';
import { listPublishedSources } from '@/lib/public/sources';
import { listTopics } from '@/lib/public/topics';
import { publicFilter } from '@/lib/public/visibility';

export type HomeTopic = { slug: string; nameZh: string; nameEn: string; description: string };
export type RecentChange = { id: string; publishedAt: Date; kind: string; label: string; href: string };

const recordPaths: Partial<Record<RecordType, { kind: string; prefix: string }>> = {
  METRIC: { kind: '指标', prefix: '/metrics' },
  PROJECT: { kind: '项目', prefix: '/projects' },
  AGREEMENT: { kind: '协议', prefix: '/agreements' },
  TOPIC: { kind: '专题', prefix: '/topics' },
  SOURCE_DOCUMENT: { kind: '原始文件', prefix: '/sources' },
};

// Each record type a revision may name, with the table, slug and name to show for it.
const RECENT_SQL = Prisma.sql`
  SELECT r.id, r."publishedAt", r."recordType",
         COALESCE(m.slug, p.slug, a.slug, t.slug, d.slug) AS slug,
         COALESCE(m."nameZh", p.name, a.title, t."nameZh", d.title) AS label
  FROM "Revision" r
  LEFT JOIN "Metric" m ON r."recordType" = 'METRIC' AND m.id = r."recordId"
    AND m.status = 'PUBLISHED' AND m."deletedAt" IS NULL
  LEFT JOIN "Project" p ON r."recordType" = 'PROJECT' AND p.id = r."recordId"
    AND p.status = 'PUBLISHED' AND p."deletedAt" IS NULL
  LEFT JOIN "Agreement" a ON r."recordType" = 'AGREEMENT' AND a.id = r."recordId"
    AND a.status = 'PUBLISHED' AND a."deletedAt" IS NULL
  LEFT JOIN "Topic" t ON r."recordType" = 'TOPIC' AND t.id = r."recordId"
    AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL
  LEFT JOIN "SourceDocument" d ON r."recordType" = 'SOURCE_DOCUMENT' AND d.id = r."recordId"
    AND d.status = 'PUBLISHED' AND d."deletedAt" IS NULL
  WHERE COALESCE(m.id, p.id, a.id, t.id, d.id) IS NOT NULL`;

/** The latest published revisions of records that are still public, in one query. */
export async function listRecentChanges(take: number): Promise<RecentChange[]> {
  const rows = await db.$queryRaw<
    Array<{ id: string; publishedAt: Date; recordType: RecordType; slug: string; label: string }>
  >(Prisma.sql`${RECENT_SQL} ORDER BY r."publishedAt" DESC, r.id ASC LIMIT ${take}`);
  return rows.map((row) => {
    const path = recordPaths[row.recordType]!;
    return {
      id: row.id,
      publishedAt: row.publishedAt,
      kind: path.kind,
      label: row.label,
      href: `${path.prefix}/${row.slug}`,
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
