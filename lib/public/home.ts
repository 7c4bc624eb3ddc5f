import 'server-only';
import { db } from '@/lib/db';
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

/** The latest published revisions of records that are still public. */
export async function listRecentChanges(take: number): Promise<RecentChange[]> {
  const revisions = await db.revision.findMany({
    where: { recordType: { in: Object.keys(recordPaths) as RecordType[] } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: take * 3,
    select: { id: true, recordType: true, recordId: true, publishedAt: true },
  });
  const idsOf = (type: RecordType) => revisions.filter((r) => r.recordType === type).map((r) => r.recordId);
  const byId = { where: (type: RecordType) => ({ id: { in: idsOf(type) }, ...publicFilter }) };
  const [metrics, projects, agreements, topics, sources] = await Promise.all([
    db.metric.findMany({ where: byId.where('METRIC'), select: { id: true, slug: true, nameZh: true } }),
    db.project.findMany({ where: byId.where('PROJECT'), select: { id: true, slug: true, name: true } }),
    db.agreement.findMany({ where: byId.where('AGREEMENT'), select: { id: true, slug: true, title: true } }),
    db.topic.findMany({ where: byId.where('TOPIC'), select: { id: true, slug: true, nameZh: true } }),
    db.sourceDocument.findMany({ where: byId.where('SOURCE_DOCUMENT'), select: { id: true, slug: true, title: true } }),
  ]);
  const labels = new Map<string, { slug: string; label: string }>([
    ...metrics.map((m) => [m.id, { slug: m.slug, label: m.nameZh }] as const),
    ...projects.map((p) => [p.id, { slug: p.slug, label: p.name }] as const),
    ...agreements.map((a) => [a.id, { slug: a.slug, label: a.title }] as const),
    ...topics.map((t) => [t.id, { slug: t.slug, label: t.nameZh }] as const),
    ...sources.map((s) => [s.id, { slug: s.slug, label: s.title }] as const),
  ]);
  return revisions
    .flatMap((revision) => {
      const record = labels.get(revision.recordId);
      const path = recordPaths[revision.recordType];
      if (!record || !path) return [];
      return [
        {
          id: revision.id,
          publishedAt: revision.publishedAt,
          kind: path.kind,
          label: record.label,
          href: `${path.prefix}/${record.slug}`,
        },
      ];
    })
    .slice(0, take);
}

/** Everything the home page shows. */
export async function getHomePageData() {
  const [topics, sources, headlines, recentChanges] = await Promise.all([
    listTopics(),
    listPublishedSources(),
    db.metric.findMany({
      where: { ...publicFilter, featured: true, topic: publicFilter },
      orderBy: [{ sortOrder: 'asc' }, { nameZh: 'asc' }],
      take: 8,
      select: metricSummarySelect,
    }),
    listRecentChanges(8),
  ]);
  return { topics, sources, headlines, recentChanges };
}
