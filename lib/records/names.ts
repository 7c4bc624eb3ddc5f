import 'server-only';
// Names for the ids a record refers to (topics, organisations, source versions, the citations a
// discrepancy's statements point at), for diffs.
import { db } from '@/lib/db';
import { publicFilter } from '@/lib/public/visibility';
import { shorten } from './record-diff';

/** With `publicOnly`, names of unpublished topics and organisations stay unknown (public history). */
export async function namesForIds(ids: string[], options: { publicOnly?: boolean } = {}) {
  const unique = [...new Set(ids)];
  const visible = options.publicOnly ? publicFilter : {};
  const [topics, organisations, versions, citations] = await Promise.all([
    db.topic.findMany({ where: { id: { in: unique }, ...visible }, select: { id: true, nameZh: true } }),
    db.organisation.findMany({ where: { id: { in: unique }, ...visible }, select: { id: true, name: true } }),
    db.sourceVersion.findMany({
      where: { id: { in: unique }, ...(options.publicOnly ? { document: publicFilter } : {}) },
      select: { id: true, document: { select: { title: true } } },
    }),
    db.citation.findMany({
      where: { id: { in: unique }, ...(options.publicOnly ? { sourceVersion: { document: publicFilter } } : {}) },
      select: { id: true, exact: true, sourceVersion: { select: { document: { select: { title: true } } } } },
    }),
  ]);
  return new Map<string, string>([
    ...topics.map((t) => [t.id, t.nameZh] as [string, string]),
    ...organisations.map((o) => [o.id, o.name] as [string, string]),
    ...versions.map((v) => [v.id, v.document.title] as [string, string]),
    ...citations.map(
      (c) => [c.id, `“${shorten(c.exact, 40)}”（${c.sourceVersion.document.title}）`] as [string, string],
    ),
  ]);
}
