import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { numberCitations } from '@/components/citation-marker';
import { DownloadLinks } from '@/components/download-links';
import { ChartShare } from '@/components/chart-share';
import { chartPoints, MetricChart } from '@/components/metric-chart';
import { QuoteBlock } from '@/components/quote-block';
import { formatFigure } from '@/lib/format/value';
import { getMetricPage, headlineObservation } from '@/lib/records/metric/public';
import { withdrawnNotices } from '@/lib/public/history';
import { WithdrawnNotices } from '@/components/withdrawn-notices';
import { RecordUpdated } from '@/components/record-updated';
import { HeadlineFigure } from '@/components/headline-figure';
import { RankHistory } from '@/components/rank-history';
import { observationCitationOrder, ObservationTable } from '@/components/observation-table';
import { JsonLd } from '@/components/json-ld';
import { env } from '@/lib/env';
import { metricJsonLd } from '@/lib/public/structured-data';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;
// Rendered on first visit, not at build time.
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const metric = await getMetricPage((await params).slug);
  if (!metric) return { title: '页面不存在' };
  return {
    title: metric.nameZh,
    description: `${metric.nameZh}（${metric.unit}）历年数据，每个数值附原文出处。`,
    alternates: { canonical: `/metrics/${metric.slug}` },
    openGraph: { title: metric.nameZh, type: 'website' },
  };
}

export default async function MetricPage({ params }: Props) {
  const metric = await getMetricPage((await params).slug);
  if (!metric) notFound();
  const observations = metric.observations;
  const withdrawn = await withdrawnNotices(
    { metricId: metric.id },
    observations.map((o) => o.id),
  );
  const historyPath = `/metrics/${metric.slug}/history`;
  const numbers = numberCitations(observationCitationOrder(observations, metric.unit));
  const points = chartPoints(observations);
  // A discrepancy may join observations of other metrics: each side says which metric it is in.
  const discrepancies = metric.discrepancies.filter((d) => d.observations.length > 1);
  const own = new Set(observations.map((o) => o.id));
  const conflicting = new Set(
    discrepancies.flatMap((d) => d.observations.filter((o) => own.has(o.id)).map((o) => o.id)),
  );
  const elsewhere = new Map(
    discrepancies.flatMap((d) => {
      const others = d.observations.filter((o) => o.metric.slug !== metric.slug);
      const links = others.map((o) => ({ href: `/metrics/${o.metric.slug}#obs-${o.id}`, label: o.metric.nameZh }));
      return d.observations.filter((o) => own.has(o.id)).map((o) => [o.id, links] as const);
    }),
  );
  const headline = headlineObservation(observations);
  return (
    <>
      <nav aria-label="位置" className="breadcrumb">
        <Link href="/">首页</Link> / <Link href={`/topics/${metric.topic.slug}`}>{metric.topic.nameZh}</Link> /{' '}
        <span>{metric.nameZh}</span>
      </nav>
      <JsonLd
        data={metricJsonLd(env.siteUrl(), {
          ...metric,
          years: observations.map((o) => o.periodStart.getUTCFullYear()),
          sources: observations.flatMap((o) => o.citations.map((c) => c.sourceVersion.document)),
        })}
      />
      <h1>{metric.nameZh}</h1>
      <p className="lead">
        单位：{metric.unit || '—'}
        {metric.subject && `；统计对象：${metric.subject.name}`}
        {metric.description && `。${metric.description}`}
      </p>
      <RecordUpdated
        updatedAt={metric.updatedAt}
        href={`/metrics/${metric.slug}`}
        editHref={`/admin/metrics/${metric.id}/edit`}
      />
      <WithdrawnNotices notices={withdrawn} prefix="obs" />

      {headline && (
        <HeadlineFigure
          observation={headline}
          unit={metric.unit}
          numbers={numbers}
          conflict={conflicting.has(headline.id)}
        />
      )}

      {points.length >= 2 && <MetricChart points={points} unit={metric.unit} title={metric.nameZh} />}
      {points.length >= 2 && <ChartShare slug={metric.slug} title={metric.nameZh} siteUrl={env.siteUrl()} />}

      <section aria-labelledby="observations-title">
        <h2 id="observations-title">全部数据</h2>
        <DownloadLinks path={`/data/metrics/${metric.slug}`} />
        {observations.length === 0 ? (
          <p className="empty">暂无已发布的数据。</p>
        ) : (
          <ObservationTable
            observations={observations}
            unit={metric.unit}
            numbers={numbers}
            historyPath={historyPath}
            editPath={(id) => `/admin/metrics/${metric.id}/observations/${id}`}
            conflicting={conflicting}
            elsewhere={elsewhere}
          />
        )}
      </section>

      <RankHistory observations={observations} />

      {discrepancies.length > 0 && (
        <section aria-labelledby="discrepancies-title">
          <h2 id="discrepancies-title">来源之间的差异</h2>
          {discrepancies.map((d) => (
            <div key={d.id} className="discrepancy">
              <p>{d.note}</p>
              <div className="discrepancy__sides">
                {d.observations.map((o) => (
                  <div key={o.id} className="discrepancy__side">
                    {d.observations.some((other) => other.metric.slug !== metric.slug) && (
                      <p className="discrepancy__metric">
                        {o.metric.slug === metric.slug ? (
                          '本指标'
                        ) : (
                          <>
                            指标 <Link href={`/metrics/${o.metric.slug}#obs-${o.id}`}>{o.metric.nameZh}</Link>
                          </>
                        )}
                      </p>
                    )}
                    <p className="figure">
                      {o.periodLabel} {formatFigure({ ...o, unit: o.metric.unit })}
                      {o.scope && <span className="scope-tag">{o.scope}</span>}
                      {o.rank === 'PREFERRED' && <span className="badge">优先采用</span>}
                    </p>
                    {o.citations.map((citation) => (
                      <QuoteBlock key={citation.id} citation={citation} />
                    ))}
                  </div>
                ))}
              </div>
            </div>
          ))}
        </section>
      )}

      {metric.topic.metrics.length > 0 && (
        <section aria-labelledby="related-title">
          <h2 id="related-title">同专题的其他指标</h2>
          <ul className="related-links">
            {metric.topic.metrics.map((related) => (
              <li key={related.slug}>
                <Link href={`/metrics/${related.slug}`}>{related.nameZh}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
