import 'server-only';
// A metric with its observations as one record. Observations, citations and value discrepancies
// are written in place, keeping their ids (and so their public anchors and supersedes links).
import type { Tx } from '@/lib/db/client';
import { formatPeriod, parsePeriod } from '@/lib/dates/period';
import { citationSelect, toCitation } from '../citation-rows';
import type { RecordKind, WriteInput } from '../record-kind';
import { factDelta, syncCitations, syncFacts } from '../sync-facts';
import { metricDraftSchema, type MetricDraft, type ObservationDraft } from './schema';
import { loadValueDiscrepancies, syncValueDiscrepancies, valueDiscrepancyProblems } from './value-discrepancies';

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
    synonyms: row.synonyms,
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
      scope: o.scope ?? '',
      note: o.note ?? '',
      vintage: o.vintage,
      rank: o.rank,
      rankReason: o.rankReason ?? '',
      citations: o.citations.map(toCitation),
      periodReason: '',
    })),
    valueDiscrepancies: await loadValueDiscrepancies(tx, row.observations),
  };
  return { data, version: row.version, status: row.status, deletedAt: row.deletedAt };
}

/** Whether publishing `after` over the published `before` changes a figure readers saw (value or growth). */
export function isCorrection(before: ObservationDraft | undefined, after: ObservationDraft): boolean {
  return (
    before !== undefined &&
    (Number(before.value) !== Number(after.value) || Number(before.growthRate) !== Number(after.growthRate))
  );
}

/** An observation's columns as published, from the form's shape. */
export function observationFields(o: ObservationDraft) {
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
    scope: o.scope || null,
    note: o.note || null,
    vintage: o.vintage,
    rank: o.rank,
    rankReason: o.rankReason || null,
    status: 'PUBLISHED' as const,
  };
}

async function write(
  tx: Tx,
  { id, data, expectedVersion, current, companions, now }: WriteInput<MetricDraft>,
): Promise<string> {
  const fields = {
    slug: data.slug,
    nameZh: data.nameZh,
    nameEn: data.nameEn || null,
    synonyms: data.synonyms,
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

  const delta = factDelta(current, data);
  await syncFacts(delta, 'OBSERVATION', data.observations, {
    remove: async (ids) => {
      await tx.observation.updateMany({ where: { supersedesId: { in: ids } }, data: { supersedesId: null } });
      await tx.observation.deleteMany({ where: { id: { in: ids }, metricId } });
    },
    create: (o, observationId) =>
      tx.observation.create({ data: { ...observationFields(o), id: observationId, metricId } }),
    update: (o, observationId) => {
      const corrected = isCorrection(delta.old.get(observationId)?.value as ObservationDraft | undefined, o);
      return tx.observation.update({
        where: { id: observationId, metricId },
        data: { ...observationFields(o), ...(corrected ? { correctedAt: now } : {}), version: { increment: 1 } },
      });
    },
  });
  await syncCitations(tx, 'METRIC', metricId, delta, now);
  await syncValueDiscrepancies(tx, metricId, current?.valueDiscrepancies ?? [], data.valueDiscrepancies, companions);
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
    data.observations.flatMap((o, i) => {
      const figures = { value: o.value, unit: data.unit, growthRate: o.growthRate, rankStatement: o.rankStatement };
      const path = `observations.${i}`;
      return [
        { path, citations: o.citations, value: o.value, unit: data.unit, field: 'value' as const, figures },
        // A stated growth rate must be in a quote too (its size: 下降2% states -2).
        ...(o.growthRate === ''
          ? []
          : [
              {
                path,
                citations: o.citations,
                value: String(Math.abs(Number(o.growthRate))),
                unit: '%',
                valuePath: `${path}.growthRate`,
                field: 'growthRate' as const,
              },
            ]),
      ];
    }),
  citedPeriods: (data) =>
    data.observations.map((o, i) => ({
      path: `observations.${i}`,
      period: o.period,
      citations: o.citations,
      reason: o.periodReason,
    })),
  uniqueChecks: async (tx, id, data) => {
    const notSelf = id ? { id: { not: id } } : {};
    const [slug, name] = await Promise.all([
      tx.metric.findFirst({ where: { slug: data.slug, ...notSelf }, select: { id: true } }),
      tx.metric.findFirst({ where: { topicId: data.topicId, nameZh: data.nameZh, ...notSelf }, select: { id: true } }),
    ]);
    const errors: Record<string, string> = {};
    if (slug) errors.slug = '该网址标识已被另一个指标使用';
    if (name) errors.nameZh = '同一专题下已有同名指标';
    return { ...errors, ...(await valueDiscrepancyProblems(tx, id, data)) };
  },
  warnings: async (_tx, data) => growthWarnings(data),
  setDeleted: async (tx, id, deletedAt, expectedVersion) => {
    await tx.metric.update({ where: { id, version: expectedVersion }, data: { deletedAt, version: { increment: 1 } } });
  },
};
