import 'server-only';
// A metric's value discrepancies (数值分歧): read into the form's shape, checked against the
// database, and published in place. A discrepancy keeps its row (and id) across edits; membership
// is each observation's discrepancyId. A discrepancy may also hold another metric's observations
// (近50个合作协议 against 105个专项协议): this metric's form keeps them, or lets one go, but never
// adds a value of another metric.
import type { Tx } from '@/lib/db/client';
import { publishAlongside } from '../companions';
import type { FieldErrors } from '../field-errors';
import type { CompanionRecord } from '../record-kind';
import type { MetricDraft, ValueDiscrepancyDraft } from './schema';

/** The discrepancies the metric's observations stand in, their own observations listed first. */
export async function loadValueDiscrepancies(
  tx: Tx,
  observations: Array<{ id: string; discrepancyId: string | null }>,
): Promise<ValueDiscrepancyDraft[]> {
  const ids = [...new Set(observations.flatMap((o) => (o.discrepancyId ? [o.discrepancyId] : [])))];
  if (ids.length === 0) return [];
  const rows = await tx.observationDiscrepancy.findMany({
    where: { id: { in: ids } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      note: true,
      observations: {
        where: { deletedAt: null },
        orderBy: [{ periodStart: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true },
      },
    },
  });
  const order = new Map(observations.map((o, index) => [o.id, index]));
  const rank = (id: string) => order.get(id) ?? observations.length;
  return rows.map((row) => ({
    id: row.id,
    note: row.note,
    observationIds: row.observations.map((o) => o.id).sort((a, b) => rank(a) - rank(b)),
  }));
}

/**
 * Field errors the schema cannot see: an observation must be one of this metric's (in the change)
 * or another metric's already in that same discrepancy; a discrepancy id the client sent must be
 * new or one of this metric's own.
 */
export async function valueDiscrepancyProblems(
  tx: Tx,
  metricId: string | null,
  data: MetricDraft,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const own = new Set(data.observations.flatMap((o) => (o.id ? [o.id] : [])));
  const asked = data.valueDiscrepancies.flatMap((d) => d.observationIds).filter((id) => !own.has(id));
  const discrepancyIds = data.valueDiscrepancies.flatMap((d) => (d.id ? [d.id] : []));
  if (asked.length === 0 && discrepancyIds.length === 0) return errors;
  const [others, members] = await Promise.all([
    tx.observation.findMany({
      where: { id: { in: asked }, deletedAt: null },
      select: { id: true, metricId: true, discrepancyId: true },
    }),
    tx.observation.findMany({
      where: { discrepancyId: { in: discrepancyIds } },
      select: { discrepancyId: true, metricId: true },
    }),
  ]);
  const other = new Map(others.map((o) => [o.id, o]));
  data.valueDiscrepancies.forEach((d, index) => {
    const path = `valueDiscrepancies.${index}`;
    const inDatabase = members.filter((m) => m.discrepancyId === d.id);
    if (
      metricId === null
        ? inDatabase.length > 0
        : inDatabase.length > 0 && !inDatabase.some((m) => m.metricId === metricId)
    ) {
      errors[`${path}.id`] = '编号已属于另一条记录';
    }
    for (const id of d.observationIds) {
      if (own.has(id)) continue;
      const found = other.get(id);
      if (!found || found.metricId === metricId)
        errors[`${path}.observationIds`] = '所选观测值已不在本指标中，请重新选择';
      else if (found.discrepancyId !== d.id) errors[`${path}.observationIds`] = '只能列入本指标的观测值';
    }
  });
  return errors;
}

const sameMembers = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Writes the discrepancies after the observations (a new observation may be in one). `before` is
 * the published list (as `load` gives it), `after` the change's. A discrepancy taken out of the
 * metric is gone for every value in it: it exists only to set them side by side. Other metrics
 * whose values stand in a changed or removed discrepancy are published alongside.
 */
export async function syncValueDiscrepancies(
  tx: Tx,
  metricId: string,
  before: ValueDiscrepancyDraft[],
  after: ValueDiscrepancyDraft[],
  companions: CompanionRecord[],
) {
  const kept = new Set(after.map((d) => d.id));
  const removed = before.flatMap((d) => (d.id && !kept.has(d.id) ? [d.id] : []));
  const changed = after.flatMap((d) => {
    const previous = before.find((b) => b.id === d.id);
    return previous && (previous.note !== d.note || !sameMembers(previous.observationIds, d.observationIds))
      ? [d.id!]
      : [];
  });
  const others = await tx.observation.findMany({
    where: { discrepancyId: { in: [...removed, ...changed] }, metricId: { not: metricId } },
    select: { metricId: true },
    distinct: ['metricId'],
  });
  await publishAlongside(
    tx,
    companions,
    others.map((o) => ({ recordType: 'METRIC' as const, recordId: o.metricId })),
  );
  if (removed.length > 0) {
    await tx.observation.updateMany({ where: { discrepancyId: { in: removed } }, data: { discrepancyId: null } });
    await tx.observationDiscrepancy.deleteMany({ where: { id: { in: removed } } });
  }
  for (const discrepancy of after) {
    const id = discrepancy.id!;
    const previous = before.find((d) => d.id === id);
    if (!previous) await tx.observationDiscrepancy.create({ data: { id, note: discrepancy.note } });
    else if (previous.note !== discrepancy.note) {
      await tx.observationDiscrepancy.update({
        where: { id },
        data: { note: discrepancy.note, version: { increment: 1 } },
      });
    }
    if (previous && sameMembers(previous.observationIds, discrepancy.observationIds)) continue;
    await tx.observation.updateMany({
      where: { discrepancyId: id, id: { notIn: discrepancy.observationIds } },
      data: { discrepancyId: null },
    });
    await tx.observation.updateMany({ where: { id: { in: discrepancy.observationIds } }, data: { discrepancyId: id } });
  }
}
