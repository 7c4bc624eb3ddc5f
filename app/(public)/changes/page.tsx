import type { Metadata } from 'next';
import { RecentChanges } from '@/components/recent-changes';
import { listRecentChanges } from '@/lib/public/home';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: '最近发布',
  description: '江北数据最近审核发布的指标、项目、协议与原始文件。',
  alternates: { canonical: '/changes', types: { 'application/atom+xml': '/changes/feed.xml' } },
};

export default async function ChangesPage() {
  const changes = await listRecentChanges(50);
  return (
    <>
      <h1>最近发布</h1>
      <p className="lead">
        每一条数据在公开前都经过另一位审核人批准。也可以<a href="/changes/feed.xml">订阅 Atom 源</a>。
      </p>
      <RecentChanges changes={changes} />
    </>
  );
}
