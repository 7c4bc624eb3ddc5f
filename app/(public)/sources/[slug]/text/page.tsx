import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SourceText } from '@/components/source-text';
import { getSourcePage } from '@/lib/public/sources';

// Cached like the source page; every publish refreshes it.
export const revalidate = 3600;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getSourcePage((await params).slug);
  if (!page) return { title: '页面不存在' };
  return {
    title: `${page.document.title}（提取文本）`,
    description: `《${page.document.title}》的逐字提取文本，引文位置以此为准。`,
    alternates: { canonical: `/sources/${page.document.slug}/text` },
    robots: { index: false },
  };
}

/** The text exactly as extracted, every line break and layout remnant kept: what offsets count. */
export default async function SourceExactTextPage({ params }: Props) {
  const page = await getSourcePage((await params).slug);
  if (!page) notFound();
  const { document, citations } = page;
  return (
    <article className="source-page">
      <p className="breadcrumb">
        <Link href="/sources">原始文件</Link> › <Link href={`/sources/${document.slug}`}>{document.title}</Link> ›
        提取文本
      </p>
      <h1>{document.title}（提取文本）</h1>
      <p className="source-view-switch">
        这是逐字提取的文本，保留原有换行和排版残留；引文的字符位置以此为准。
        <Link href={`/sources/${document.slug}`}>返回阅读视图</Link>
      </p>
      <SourceText
        text={document.currentVersion!.text}
        citations={citations}
        pageStarts={document.currentVersion!.pageStarts}
        exact
      />
    </article>
  );
}
