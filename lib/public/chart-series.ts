// Which observations a metric's chart joins into its line. Pure, shared by the page's chart, the
// downloadable SVG and the cards' sparklines.
import type { ValueBasis } from '@/lib/generated/prisma/enums';

export type ChartPoint = {
  id: string;
  periodStart: Date;
  periodEnd: Date;
  label: string;
  value: number;
  basis: ValueBasis;
  /** PREFERRED when sources disagree and this value is the one editors prefer. */
  rank: string;
  /** A narrower subject than the metric's (江北嘴金融核心区): never part of the metric's own line. */
  scope?: string | null;
};

export const midpoint = (p: ChartPoint) => (p.periodStart.getTime() + p.periodEnd.getTime()) / 2;

/**
 * Splits points into the series (the metric's own, unscoped values: one per period and basis, the
 * preferred one where sources disagree), the other sources' values for a period already in the
 * series, and values about a narrower scope. Alternates and scoped values are drawn as separate
 * marked points, never joined, so neither two values for one year nor a core zone's 473 beside the
 * district's 490 read as a movement.
 */
export function seriesAndAlternates(points: ChartPoint[]) {
  const rankOrder = (p: ChartPoint) => (p.rank === 'PREFERRED' ? 0 : 1);
  const ordered = [...points].sort((a, b) => midpoint(a) - midpoint(b) || rankOrder(a) - rankOrder(b));
  const seen = new Set<string>();
  const series: ChartPoint[] = [];
  const alternates: ChartPoint[] = [];
  const scoped: ChartPoint[] = [];
  for (const p of ordered) {
    if (p.scope) {
      scoped.push(p);
      continue;
    }
    const key = `${p.periodStart.getTime()}:${p.periodEnd.getTime()}:${p.basis}`;
    (seen.has(key) ? alternates : series).push(p);
    seen.add(key);
  }
  const contested = new Set(
    alternates.map((a) => series.find((p) => midpoint(p) === midpoint(a) && p.basis === a.basis)?.id),
  );
  return { series, alternates, scoped, contested };
}

/** Observations that belong on a time chart: single periods, not cumulative ranges. */
export function chartPoints(
  observations: Array<{
    id: string;
    periodStart: Date;
    periodEnd: Date;
    periodLabel: string;
    value: { toString(): string };
    basis: ValueBasis;
    isCumulative: boolean;
    periodKind: string;
    rank: string;
    scope?: string | null;
  }>,
): ChartPoint[] {
  return observations
    .filter((o) => !o.isCumulative && o.periodKind !== 'YEAR_RANGE' && o.rank !== 'DEPRECATED')
    .map((o) => ({
      id: o.id,
      periodStart: o.periodStart,
      periodEnd: o.periodEnd,
      label: o.periodLabel,
      value: Number(o.value.toString()),
      basis: o.basis,
      rank: o.rank,
      scope: o.scope ?? null,
    }));
}
