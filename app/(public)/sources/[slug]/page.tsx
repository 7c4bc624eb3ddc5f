import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CiteBox } from '@/components/cite-box';
import { SourceMeta, SourceProvenanceList } from '@/components/source-meta';
import { SourceText } from '@/components/source-text';
import { WithdrawnNotices } from '@/components/withdrawn-notices';
import { RecordUpdated } from '@/components/record-updated';
import { getSourcePage } from '@/lib/public/sources';
import { withdrawnNotices } from '@/lib/public/history';
import { JsonLd } from '@/components/json-ld';
import { env } from '@/lib/env';
import { sourceJsonLd } from '@/lib/public/structured-data';
import { formatBytesZh, originalKindLabel } from '@/lib/sources/original-labels';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;
// Rendered on first visit, not at build time.
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getSourcePage((await params).slug);
  if (!page) return { title: '页面不存在' };
  return {
    title: page.document.title,
    description: `原始文件全文：${page.document.title}。共${page.citations.length}处引文已高亮。`,
    alternates: { canonical: `/sources/${page.document.slug}` },
    openGraph: { title: page.document.title, type: 'article' },
  };
}

export default async function SourcePage({ params }: Props) {
  const page = await getSourcePage((await params).slug);
  if (!page) notFound();
  const { document, citations } = page;
  const withdrawn = await withdrawnNotices(
    { documentId: document.id },
    citations.map((c) => c.id),
  );
  return (
    <article className="source-page">
      <JsonLd
        data={sourceJsonLd(env.siteUrl(), {
          ...document,
          statedDate: document.statedDate,
          news: document.kind === 'NEWS_ARTICLE',
        })}
      />
      <h1>{document.title}</h1>
      <SourceMeta source={document} citationCount={citations.length} />
      <SourceProvenanceList source={document} />
      <CiteBox
        source={document}
        options={{
          url: `${env.siteUrl()}/sources/${document.slug}`,
          retrieved: document.retrievedOn ?? document.currentVersion!.importedAt,
        }}
        label="引用本文件"
      />
      {document.currentVersion?.file && (
        <p className="source-original">
          <a href={`/sources/${document.slug}/original`}>
            下载原件（{originalKindLabel(document.currentVersion.file.mediaType)}，
            {formatBytesZh(document.currentVersion.file.byteSize)}）
          </a>
          <span className="muted">：全文由原件提取，引文位置以提取文本为准。</span>
        </p>
      )}
      <RecordUpdated
        updatedAt={document.updatedAt}
        href={`/sources/${document.slug}`}
        editHref={`/admin/sources/${document.id}`}
      />
      <p className="source-view-switch">
        下文已重排以便阅读（断行接起，页码等排版残留淡化显示）。
        <Link href={`/sources/${document.slug}/text`}>查看逐字提取文本</Link>
      </p>
      <WithdrawnNotices notices={withdrawn} prefix="cite" />
      <SourceText
        text={document.currentVersion!.text}
        citations={citations}
        pageStarts={document.currentVersion!.pageStarts}
      />
    </article>
  );
}
