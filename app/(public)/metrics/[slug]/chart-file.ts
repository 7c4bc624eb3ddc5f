// The metric's chart as a standalone SVG document, for /metrics/{slug}/chart.svg and chart.png.
import { createElement } from 'react';
import { ChartDocument } from '@/components/chart-document';
import { chartPoints } from '@/components/metric-chart';
import { env } from '@/lib/env';
import { getMetricPage } from '@/lib/records/metric/public';
import { chartStyles } from '@/lib/share/chart-style';
import { svgMarkup } from '@/lib/share/svg-markup';

/** The chart file and its download name, or null where the metric page shows no chart. */
export async function metricChartFile(slug: string): Promise<{ svg: string; name: string } | null> {
  const metric = await getMetricPage(slug);
  const points = metric ? chartPoints(metric.observations) : [];
  // As on the metric page: one point is no chart.
  if (!metric || points.length < 2) return null;
  const markup = svgMarkup(
    createElement(ChartDocument, {
      points,
      unit: metric.unit,
      title: metric.nameZh,
      sourceUrl: `${env.siteUrl()}/metrics/${metric.slug}`,
      chartStyles: chartStyles(),
    }),
  );
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`, name: `metric-${metric.slug}-chart` };
}

/** Headers that save the file under its name, as the open data downloads do. */
export const chartFileHeaders = (name: string, extension: string, contentType: string) => ({
  'Content-Type': contentType,
  'Content-Disposition': `attachment; filename="${name}.${extension}"`,
});
