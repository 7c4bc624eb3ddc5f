import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AgreementList } from '@/components/agreement-list';
import { DownloadLinks } from '@/components/download-links';
import { numberCitations } from '@/components/citation-marker';
import { MetricCard, metricCardCitations } from '@/components/metric-card';
import { ProjectListItem } from '@/components/project-list-item';
import { getTopicPage } from '@/lib/public/topics';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;
// Rendered on first visit, not at build time.
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopicPage((await params).slug);
  if (!topic) return { title: '页面不存在' };
  return {
    title: topic.nameZh,
    description: topic.description || `${topic.nameZh}专题：江北区相关指标、项目与协议，均附原文出处。`,
    alternates: { canonical: `/topics/${topic.slug}` },
    openGraph: { title: topic.nameZh, type: 'website' },
  };
}

export default async function TopicPage({ params }: Props) {
  const topic = await getTopicPage((await params).slug);
  if (!topic) notFound();
  const numbers = numberCitations([
    ...metricCardCitations(topic.metrics),
    ...topic.projects.map((p) => p.citations),
    ...topic.agreements.map((a) => a.citations),
  ]);
  const metrics = topic.metrics.filter((m) => m.observations.length > 0);
  return (
    <>
      <nav aria-label="位置" className="breadcrumb">
        <Link href="/">首页</Link> / <Link href="/topics">专题</Link> / <span>{topic.nameZh}</span>
      </nav>
      <h1>{topic.nameZh}</h1>
      {topic.description && <p className="lead">{topic.description}</p>}
      <DownloadLinks path={`/data/topics/${topic.slug}`} label="下载本专题全部指标数据" />

      <section aria-labelledby="metrics-title">
        <h2 id="metrics-title">指标</h2>
        {metrics.length === 0 ? (
          <p className="empty">本专题暂无已发布的指标。</p>
        ) : (
          <ul className="card-grid">
            {metrics.map((metric) => (
              <MetricCard key={metric.slug} metric={metric} numbers={numbers} />
            ))}
          </ul>
        )}
      </section>

      {topic.projects.length > 0 && (
        <section aria-labelledby="projects-title">
          <h2 id="projects-title">项目</h2>
          <ul className="record-list">
            {topic.projects.map((project) => (
              <ProjectListItem key={project.slug} project={project} numbers={numbers} />
            ))}
          </ul>
        </section>
      )}

      {topic.agreements.length > 0 && (
        <section aria-labelledby="agreements-title">
          <h2 id="agreements-title">协议与合作</h2>
          <AgreementList agreements={topic.agreements} numbers={numbers} />
        </section>
      )}
    </>
  );
}
