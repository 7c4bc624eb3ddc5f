import 'server-only';
// A metric with its observations as one record. Published observations keep their ids (and so
// their discrepancy and supersedes links); removed ones are deleted, new ones created.
import type { Tx } from '@/lib/db/client';
import { formatPeriod, parsePeriod } from '@/lib/dates/period';
import { AppError } from '@/lib/errors';
import { citationRows, citationSelect, toCitation } from '../citation-rows';
import type { RecordKind } from '../record-kind';
import { metricDraftSchema, type MetricDraft, type ObservationDraft } from './schema';

async function load(tx: Tx, id: string) {
  const row = await tx.metric.findUnique({
    where: { id },
    include: {
      observations: {
        where: { deletedAt: null },
        orderBy: [{ periodStart: 'asc' }, { periodEnd: 'asc' }, { createdAt: 'asc' }],
        include: { citations: citationSelect },
      },
    },
  });
  if (!row) return null;
  const data: MetricDraft = {
    slug: row.slug,
    nameZh: row.nameZh,
    nameEn: row.nameEn ?? '',
    unit: row.unit,
    topicId: row.topicId,
    subjectId: row.subjectId,
    description: row.description,
    featured: row.featured,
    observations: row.observations.map((o) => ({
      id: o.id,
      period: formatPeriod({ kind: o.periodKind, start: o.periodStart, end: o.periodEnd }),
      periodLabel: o.periodLabel,
      value: o.value.toString(),
      qualifier: o.qualifier,
      basis: o.basis,
      isCumulative: o.isCumulative,
      growthRate: o.growthRate?.toString() ?? '',
      growthQualifier: o.growthQualifier ?? 'EXACT',
      rankStatement: o.rankStatement ?? '',
      note: o.note ?? '',
      vintage: o.vintage,
      rank: o.rank,
      rankReason: o.rankReason ?? '',
      citations: o.citations.map(toCitation),
    })),
  };
  return { data, version: row.version, status: row.status, deletedAt: row.deletedAt };
}

function observationFields(o: ObservationDraft) {
  const period = parsePeriod(o.period)!;
  return {
    periodKind: period.kind,
    periodStart: period.start,
    periodEnd: period.end,
    periodLabel: o.periodLabel,
    value: o.value,
    qualifier: o.qualifier,
    basis: o.basis,
    isCumulative: o.isCumulative,
    growthRate: o.growthRate === '' ? null : o.growthRate,
    growthQualifier: o.growthRate === '' ? null : o.growthQualifier,
    rankStatement: o.rankStatement || null,
    note: o.note || null,
    vintage: o.vintage,
    rank: o.rank,
    rankReason: o.rankReason || null,
    status: 'PUBLISHED' as const,
  };
}

async function write(tx: Tx, id: string | null, data: MetricDraft, expectedVersion: number | null): Promise<string> {
  const fields = {
    slug: data.slug,
    nameZh: data.nameZh,
    nameEn: data.nameEn || null,
    unit: data.unit,
    topicId: data.topicId,
    subjectId: data.subjectId,
    description: data.description,
    featured: data.featured,
  };
  const metricId = id
    ? (
        await tx.metric.update({
          where: { id, version: expectedVersion ?? -1 },
          data: { ...fields, version: { increment: 1 } },
          select: { id: true },
        })
      ).id
    : (await tx.metric.create({ data: { ...fields, status: 'PUBLISHED' }, select: { id: true } })).id;

  const existing = new Set(
    id ? (await tx.observation.findMany({ where: { metricId: id }, select: { id: true } })).map((o) => o.id) : [],
  );
  // An id from the form must be one of this metric's own observations.
  const kept = new Set(data.observations.flatMap((o) => (o.id && existing.has(o.id) ? [o.id] : [])));
  if (id && data.observations.some((o) => o.id && !existing.has(o.id))) {
    throw new AppError('VALIDATION', '观测值不属于这个指标。');
  }
  const removed = [...existing].filter((observationId) => !kept.has(observationId));
  if (removed.length > 0) {
    await tx.observation.updateMany({ where: { supersedesId: { in: removed } }, data: { supersedesId: null } });
    await tx.observation.deleteMany({ where: { id: { in: removed } } });
  }
  const now = new Date();
  for (const observation of data.observations) {
    const fields = observationFields(observation);
    let observationId: string;
    if (observation.id && kept.has(observation.id)) {
      observationId = observation.id;
      await tx.observation.update({ where: { id: observationId }, data: { ...fields, version: { increment: 1 } } });
      await tx.citation.deleteMany({ where: { observationId } });
    } else {
      observationId = (await tx.observation.create({ data: { ...fields, metricId }, select: { id: true } })).id;
    }
    await tx.citation.createMany({
      data: citationRows(observation.citations, now).map((c) => ({ ...c, observationId })),
    });
  }
  return metricId;
}

/** Allowed gap between a previous year's value and the one its successor's growth rate implies. */
const GROWTH_TOLERANCE = 0.1;

/**
 * A year's value and growth imply the year before (1325 at +3.9% ≈ 1275). A large gap to the
 * recorded previous year is worth explaining — growth rates are often real while values are
 * nominal — so it is a warning, never a block.
 */
export function growthWarnings(data: MetricDraft): string[] {
  const byYear = new Map<number, ObservationDraft>();
  for (const o of data.observations) {
    const period = parsePeriod(o.period);
    if (period?.kind === 'YEAR' && o.basis === 'REPORTED') byYear.set(period.start.getUTCFullYear(), o);
  }
  return data.observations.flatMap((o) => {
    const period = parsePeriod(o.period);
    if (o.growthRate === '' || period?.kind !== 'YEAR') return [];
    const previous = byYear.get(period.start.getUTCFullYear() - 1);
    if (!previous) return [];
    const implied = Number(o.value) / (1 + Number(o.growthRate) / 100);
    const gap = implied / Number(previous.value) - 1;
    if (!Number.isFinite(gap) || Math.abs(gap) <= GROWTH_TOLERANCE) return [];
    return [
      `${o.periodLabel} ${o.value}${data.unit} 增长 ${o.growthRate}% 推算上年约 ${implied.toFixed(1)}${data.unit}，` +
        `但 ${previous.periodLabel} 记录为 ${previous.value}${data.unit}（相差 ${(gap * 100).toFixed(1)}%），请核实或说明。`,
    ];
  });
}

export const metricKind: RecordKind<MetricDraft> = {
  recordType: 'METRIC',
  label: '指标',
  schema: metricDraftSchema,
  title: (data) => data.nameZh,
  load,
  write,
  citedValues: (data) =>
    data.observations.flatMap((o, i) => [
      { path: `observations.${i}`, citations: o.citations, value: o.value, unit: data.unit },
      // A stated growth rate must be in a quote too (its size: 下降2% states -2).
      ...(o.growthRate === ''
        ? []
        : [
            {
              path: `observations.${i}`,
              citations: o.citations,
              value: String(Math.abs(Number(o.growthRate))),
              unit: '%',
              valuePath: `observations.${i}.growthRate`,
            },
          ]),
    ]),
  uniqueChecks: async (tx, id, data) => {
    const notSelf = id ? { id: { not: id } } : {};
    const [slug, name] = await Promise.all([
      tx.metric.findFirst({ where: { slug: data.slug, ...notSelf }, select: { id: true } }),
      tx.metric.findFirst({ where: { topicId: data.topicId, nameZh: data.nameZh, ...notSelf }, select: { id: true } }),
    ]);
    const errors: Record<string, string> = {};
    const own = new Set(
      id ? (await tx.observation.findMany({ where: { metricId: id }, select: { id: true } })).map((o) => o.id) : [],
    );
    data.observations.forEach((o, i) => {
      if (o.id && !own.has(o.id)) errors[`observations.${i}.id`] = '观测值不属于这个指标';
    });
    if (slug) errors.slug = '该网址标识已被另一个指标使用';
    if (name) errors.nameZh = '同一专题下已有同名指标';
    return errors;
  },
  warnings: async (_tx, data) => growthWarnings(data),
  setDeleted: async (tx, id, deletedAt, expectedVersion) => {
    await tx.metric.update({ where: { id, version: expectedVersion }, data: { deletedAt, version: { increment: 1 } } });
  },
};
