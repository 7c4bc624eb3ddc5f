import Link from 'next/link';
import { CitationMarkers } from '@/components/citation-marker';
import { chartPoints, Sparkline } from '@/components/metric-chart';
import { observationCitationOrder, observationFigures } from '@/components/observation-table';
import { citationsByField } from '@/lib/citations/cited-fields';
import { formatFigure, formatGrowth } from '@/lib/format/value';
import { headlineObservation, type MetricSummary } from '@/lib/records/metric/public';

export function MetricCard({ metric, numbers }: { metric: MetricSummary; numbers: Map<string, number> }) {
  const latest = headlineObservation(metric.observations);
  if (!latest) return null;
  const points = chartPoints(metric.observations);
  const cited = citationsByField(latest.citations, observationFigures(latest, metric.unit));
  const conflict =
    latest.discrepancyId !== null &&
    metric.observations.some((o) => o.id !== latest.id && o.discrepancyId === latest.discrepancyId);
  return (
    <li className="card metric-card">
      <h3 className="card__title">
        <Link href={`/metrics/${metric.slug}`}>{metric.nameZh}</Link>
      </h3>
      <p className="metric-card__period">
        {latest.periodLabel}
        {conflict && (
          <a className="badge badge--conflict" href={`/metrics/${metric.slug}#discrepancies-title`}>
            来源不一
          </a>
        )}
      </p>
      <p className="metric-card__figure">
        <span className="figure">{formatFigure({ ...latest, unit: metric.unit })}</span>
        <CitationMarkers citations={cited.value} numbers={numbers} />
      </p>
      {latest.growthRate !== null && (
        <p className="metric-card__growth">
          {formatGrowth(latest.growthRate, latest.growthQualifier)}
          <CitationMarkers citations={cited.growthRate} numbers={numbers} />
        </p>
      )}
      {latest.rankStatement && (
        <p className="metric-card__rank">
          {latest.rankStatement}
          <CitationMarkers citations={cited.rankStatement} numbers={numbers} />
        </p>
      )}
      {points.length >= 2 && <Sparkline points={points} />}
    </li>
  );
}

/** The citations a list of metric cards shows, in display order (for page-wide numbering). */
export function metricCardCitations(metrics: MetricSummary[]) {
  return metrics.flatMap((m) => {
    const latest = headlineObservation(m.observations);
    return latest ? observationCitationOrder([latest], m.unit) : [];
  });
}
