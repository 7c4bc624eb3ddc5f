import Link from 'next/link';
import { CitationMarkers } from '@/components/citation-marker';
import { chartPoints, Sparkline } from '@/components/metric-chart';
import { formatFigure, formatGrowth } from '@/lib/format/value';
import { headlineObservation, type MetricSummary } from '@/lib/public/metrics';

export function MetricCard({ metric, numbers }: { metric: MetricSummary; numbers: Map<string, number> }) {
  const latest = headlineObservation(metric.observations);
  if (!latest) return null;
  const points = chartPoints(metric.observations);
  return (
    <li className="card metric-card">
      <h3 className="card__title">
        <Link href={`/metrics/${metric.slug}`}>{metric.nameZh}</Link>
      </h3>
      <p className="metric-card__period">{latest.periodLabel}</p>
      <p className="metric-card__figure">
        <span className="figure">{formatFigure({ ...latest, unit: metric.unit })}</span>
        <CitationMarkers citations={latest.citations} numbers={numbers} />
      </p>
      {latest.growthRate !== null && (
        <p className="metric-card__growth">{formatGrowth(latest.growthRate, latest.growthQualifier)}</p>
      )}
      {latest.rankStatement && <p className="metric-card__rank">{latest.rankStatement}</p>}
      {points.length >= 2 && <Sparkline points={points} />}
    </li>
  );
}

/** The citations a list of metric cards shows, in display order (for page-wide numbering). */
export function metricCardCitations(metrics: MetricSummary[]) {
  return metrics.map((m) => headlineObservation(m.observations)?.citations ?? []);
}
