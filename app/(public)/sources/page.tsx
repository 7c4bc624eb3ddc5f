import type { Metadata } from 'next';
import { SourceList } from '@/components/source-list';
import { listPublishedSources } from '@/lib/public/sources';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;

export const metadata: Metadata = {
  title: '原始文件',
  description: '本站所有数据引用的原始文件全文，引用段落逐一高亮。',
  alternates: { canonical: '/sources' },
};

export default async function SourcesPage() {
  const sources = await listPublishedSources();
  return (
    <>
      <h1>原始文件</h1>
      <p className="lead">本站每一个数字都引用以下文件中的原文。点击文件可阅读全文，并查看每段引文被哪些数据引用。</p>
      <SourceList sources={sources} />
    </>
  );
}
