import Link from 'next/link';
import { numberCitations } from '@/components/citation-marker';
import { MetricCard, metricCardCitations } from '@/components/metric-card';
import { RecentChanges } from '@/components/recent-changes';
import { SourceList } from '@/components/source-list';
import { TopicGrid } from '@/components/topic-grid';
import { getHomePageData } from '@/lib/public/home';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;

export default async function HomePage() {
  const { topics, sources, headlines, recentChanges } = await getHomePageData();
  const numbers = numberCitations(metricCardCitations(headlines));
  const figures = headlines.filter((m) => m.observations.length > 0);
  return (
    <>
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">江北区公开数据，每个数字都有出处</h1>
        <p>
          本站整理重庆市江北区在新闻报道和年鉴中公开发布的数据：经济指标、重点项目、合作协议及相关单位。每一个数字都引用原始文件中的一段原文，读者可以逐字核对。
        </p>
      </section>

      {figures.length > 0 && (
        <section aria-labelledby="headlines-title">
          <h2 id="headlines-title">主要数据</h2>
          <ul className="card-grid">
            {figures.map((metric) => (
              <MetricCard key={metric.slug} metric={metric} numbers={numbers} />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="topics-title">
        <h2 id="topics-title">专题</h2>
        <TopicGrid topics={topics} />
      </section>

      <section aria-labelledby="changes-title">
        <h2 id="changes-title">最近发布</h2>
        <RecentChanges changes={recentChanges} brief />
        <p>
          <Link href="/changes">全部最近发布</Link>
        </p>
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">原始文件</h2>
        <SourceList sources={sources} />
      </section>
    </>
  );
}
