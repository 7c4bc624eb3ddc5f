// The metric index (/metrics): one compact row per metric, its headline figure cited, with a sparkline.
import Link from 'next/link';
import { CitationMarkers } from '@/components/citation-marker';
import { chartPoints, Sparkline } from '@/components/metric-chart';
import { observationFigures } from '@/components/observation-table';
import { citationsByField } from '@/lib/citations/cited-fields';
import { formatFigure } from '@/lib/format/value';
import { headlineObservation, type MetricSummary } from '@/lib/records/metric/public';

/** A row's headline observation and the citations beside its figure and its period. */
function headline(metric: MetricSummary) {
  const latest = headlineObservation(metric.observations);
  if (!latest) return null;
  const cited = citationsByField(latest.citations, observationFigures(latest, metric.unit));
  return { latest, value: cited.value, whole: cited.whole };
}

/** The citations the rows show, in display order (for page-wide numbering). */
export function metricRowCitations(metrics: MetricSummary[]) {
  return metrics.flatMap((metric) => {
    const shown = headline(metric);
    return shown ? [shown.value, shown.whole] : [];
  });
}

export function MetricRows({ metrics, numbers }: { metrics: MetricSummary[]; numbers: Map<string, number> }) {
  return (
    <ul className="metric-rows">
      {metrics.map((metric) => {
        const shown = headline(metric);
        const points = chartPoints(metric.observations);
        return (
          <li key={metric.slug} className="metric-row">
            <Link className="metric-row__name" href={`/metrics/${metric.slug}`}>
              {metric.nameZh}
            </Link>
            {shown ? (
              <>
                <span className="metric-row__figure">
                  <span className="figure">{formatFigure({ ...shown.latest, unit: metric.unit })}</span>
                  <CitationMarkers citations={shown.value} numbers={numbers} />
                </span>
                <span className="metric-row__period">
                  {shown.latest.periodLabel}
                  {shown.whole.length > 0 && <CitationMarkers citations={shown.whole} numbers={numbers} />}
                </span>
              </>
            ) : (
              <span className="metric-row__figure muted">暂无可展示的数值</span>
            )}
            {points.length >= 2 && <Sparkline points={points} />}
          </li>
        );
      })}
    </ul>
  );
}
