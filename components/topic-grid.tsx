import Link from 'next/link';
import type { HomeTopic } from '@/lib/public/home';

type TopicCounts = { metrics: number; projects: number; agreements: number };

export function TopicGrid({
  topics,
  headingLevel = 3,
}: {
  topics: Array<HomeTopic & { counts?: TopicCounts }>;
  /** 2 on a page whose only heading above the cards is its h1. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (topics.length === 0) return <p className="empty">暂无已发布的专题。</p>;
  return (
    <ul className="card-grid">
      {topics.map((topic) => (
        <li key={topic.slug} className="card">
          <Heading className="card__title">
            <Link href={`/topics/${topic.slug}`}>{topic.nameZh}</Link>
          </Heading>
          <p className="card__subtitle" lang="en">
            {topic.nameEn}
          </p>
          <p className="card__body">{topic.description}</p>
          {topic.counts && (
            <p className="card__meta">
              指标 {topic.counts.metrics} · 项目 {topic.counts.projects} · 协议 {topic.counts.agreements}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
