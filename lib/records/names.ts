import 'server-only';
// Names for the ids a record refers to (topics, organisations, source versions, the citations a
// discrepancy's statements point at, the observations of a value discrepancy), for diffs.
import { db } from '@/lib/db';
import { publicFilter } from '@/lib/public/visibility';
import { shorten } from './record-diff';

/** Observations as a value discrepancy names them: 指标「…」› 2020年 105个. */
export async function observationNames(ids: string[], options: { publicOnly?: boolean } = {}) {
  const rows = await db.observation.findMany({
    where: {
      id: { in: [...new Set(ids)] },
      deletedAt: null,
      ...(options.publicOnly ? { status: 'PUBLISHED' as const, metric: publicFilter } : {}),
    },
    select: { id: true, periodLabel: true, value: true, metric: { select: { nameZh: true, unit: true } } },
  });
  return new Map(
    rows.map((o) => [o.id, `指标「${o.metric.nameZh}」› ${o.periodLabel} ${o.value.toString()}${o.metric.unit}`]),
  );
}

/** With `publicOnly`, names of unpublished topics and organisations stay unknown (public history). */
export async function namesForIds(ids: string[], options: { publicOnly?: boolean } = {}) {
  const unique = [...new Set(ids)];
  const visible = options.publicOnly ? publicFilter : {};
  const [topics, organisations, versions, citations, observations] = await Promise.all([
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
    observationNames(unique, options),
  ]);
  return new Map<string, string>([
    ...topics.map((t) => [t.id, t.nameZh] as [string, string]),
    ...organisations.map((o) => [o.id, o.name] as [string, string]),
    ...versions.map((v) => [v.id, v.document.title] as [string, string]),
    ...citations.map(
      (c) => [c.id, `“${shorten(c.exact, 40)}”（${c.sourceVersion.document.title}）`] as [string, string],
    ),
    ...observations,
  ]);
}
