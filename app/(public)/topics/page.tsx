import type { Metadata } from 'next';
import Link from 'next/link';
import { TopicGrid } from '@/components/topic-grid';
import { listTopicsWithCounts } from '@/lib/public/topics';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: '专题',
  description: '江北区公开数据的全部专题：经济、金融、开放、产业、民生等，每个专题汇集相关指标、项目与协议。',
  alternates: { canonical: '/topics' },
};

export default async function TopicsPage() {
  const topics = await listTopicsWithCounts();
  return (
    <>
      <nav aria-label="位置" className="breadcrumb">
        <Link href="/">首页</Link> / <span>专题</span>
      </nav>
      <h1>专题</h1>
      <p className="lead">每个专题汇集一个领域的指标、项目与合作协议，所有数字均附原文出处。</p>
      <TopicGrid topics={topics} headingLevel={2} />
    </>
  );
}
