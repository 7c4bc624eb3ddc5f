import 'server-only';
import { db } from '@/lib/db';
import { hasVerifiedCitation, publicFilter } from '@/lib/public/visibility';

/** Every public page's path with its last change, in one query per record type. */
export async function listPublicPaths(): Promise<Array<{ path: string; updatedAt?: Date }>> {
  const select = { slug: true, updatedAt: true } as const;
  const [topics, metrics, projects, agreements, partners, sources] = await Promise.all([
    db.topic.findMany({ where: publicFilter, select }),
    db.metric.findMany({ where: publicFilter, select }),
    db.project.findMany({ where: { ...publicFilter, ...hasVerifiedCitation }, select }),
    db.agreement.findMany({ where: { ...publicFilter, ...hasVerifiedCitation }, select }),
    db.organisation.findMany({ where: publicFilter, select }),
    db.sourceDocument.findMany({ where: publicFilter, select }),
  ]);
  const paths = (prefix: string, rows: Array<{ slug: string; updatedAt: Date }>) =>
    rows.map((row) => ({ path: `${prefix}/${row.slug}`, updatedAt: row.updatedAt }));
  return [
    { path: '/' },
    { path: '/topics' },
    { path: '/metrics' },
    { path: '/projects' },
    { path: '/agreements' },
    { path: '/partners' },
    { path: '/organisations' },
    { path: '/sources' },
    { path: '/about' },
    ...paths('/topics', topics),
    ...paths('/metrics', metrics),
    ...paths('/projects', projects),
    ...paths('/agreements', agreements),
    ...paths('/partners', partners),
    ...paths('/sources', sources),
  ];
}
