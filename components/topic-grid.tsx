import Link from 'next/link';
import type { HomeTopic } from '@/lib/public/home';

export function TopicGrid({ topics }: { topics: HomeTopic[] }) {
  if (topics.length === 0) return <p className="empty">暂无已发布的专题。</p>;
  return (
    <ul className="card-grid">
      {topics.map((topic) => (
        <li key={topic.slug} className="card">
          <h3 className="card__title">
            <Link href={`/topics/${topic.slug}`}>{topic.nameZh}</Link>
          </h3>
          <p className="card__subtitle" lang="en">
            {topic.nameEn}
          </p>
          <p className="card__body">{topic.description}</p>
        </li>
      ))}
    </ul>
  );
}
