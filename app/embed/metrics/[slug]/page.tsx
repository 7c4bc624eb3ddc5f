import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { chartPoints, MetricChart } from '@/components/metric-chart';
import { env } from '@/lib/env';
import { formatFigure } from '@/lib/format/value';
import { getMetricPage, headlineObservation } from '@/lib/records/metric/public';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;
// Rendered on first visit, not at build time.
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metric = await getMetricPage((await params).slug);
  if (!metric) return { title: '页面不存在' };
  // The metric page is the one to index; this is a copy of its chart for other sites.
  return { title: metric.nameZh, robots: { index: false }, alternates: { canonical: `/metrics/${metric.slug}` } };
}

export default async function EmbedMetricPage({ params }: Props) {
  const metric = await getMetricPage((await params).slug);
  if (!metric) notFound();
  const points = chartPoints(metric.observations);
  const headline = headlineObservation(metric.observations);
  return (
    <article className="embed-chart">
      <h1 className="embed-chart__title">{metric.nameZh}</h1>
      {headline && (
        <p className="embed-chart__latest">
          {headline.periodLabel} <span className="figure">{formatFigure({ ...headline, unit: metric.unit })}</span>
        </p>
      )}
      {points.length >= 2 && <MetricChart points={points} unit={metric.unit} title={metric.nameZh} />}
      <p className="embed-chart__source">
        {/* A new tab: inside the frame the whole site would be refused (X-Frame-Options: DENY). */}
        <a href={`${env.siteUrl()}/metrics/${metric.slug}`} target="_blank" rel="noopener">
          数据来源：江北数据
        </a>
        <span className="muted">（每个数值附原文出处）</span>
      </p>
    </article>
  );
}
