import type { Metadata } from 'next';
import Link from 'next/link';
import { numberCitations } from '@/components/citation-marker';
import { MetricRows, metricRowCitations } from '@/components/metric-index';
import { listMetricsByTopic } from '@/lib/public/topics';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: '全部指标',
  description: '江北区全部已发布的经济社会指标，按专题排列，附最新数值、走势与原文出处。',
  alternates: { canonical: '/metrics' },
};

export default async function MetricsPage() {
  const topics = await listMetricsByTopic();
  const numbers = numberCitations(topics.flatMap((topic) => metricRowCitations(topic.metrics)));
  return (
    <>
      <nav aria-label="位置" className="breadcrumb">
        <Link href="/">首页</Link> / <span>指标</span>
      </nav>
      <h1>全部指标</h1>
      <p className="lead">按专题排列的全部指标及其最新数值。点击指标查看历年数据和每个数字的原文出处。</p>
      {topics.length === 0 ? (
        <p className="empty">暂无已发布的指标。</p>
      ) : (
        topics.map((topic) => (
          <section key={topic.slug} aria-labelledby={`topic-${topic.slug}`}>
            <h2 id={`topic-${topic.slug}`}>
              <Link href={`/topics/${topic.slug}`}>{topic.nameZh}</Link>
              <span className="muted">（{topic.metrics.length}）</span>
            </h2>
            <MetricRows metrics={topic.metrics} numbers={numbers} />
          </section>
        ))
      )}
    </>
  );
}
