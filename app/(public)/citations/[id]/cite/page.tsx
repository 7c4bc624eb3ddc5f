import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CiteBox } from '@/components/cite-box';
import { env } from '@/lib/env';
import { isUuid } from '@/lib/ids/uuid';
import { getCitableCitation } from '@/lib/public/sources';

// One indexed lookup per request, like the citation's permanent address it points to.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: '引用此数据', robots: { index: false } };

/** How to cite one figure: its passage, and references pointing at the citation's permanent address. */
export default async function CiteFigurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const citation = isUuid(id) ? await getCitableCitation(id) : null;
  if (!citation) notFound();
  const { document, citedBy } = citation;
  const permalink = `${env.siteUrl()}/citations/${citation.id}`;
  return (
    <article className="source-page">
      <p className="breadcrumb">
        <Link href={`/sources/${document.slug}`}>{document.title}</Link> › 引用此数据
      </p>
      <h1>引用此数据</h1>
      <p>
        {citedBy.kind}：<Link href={citedBy.href}>{citedBy.label}</Link>
      </p>
      <blockquote className="cite-quote">
        <q>{citation.quote.replace(/\s+/g, '')}</q>
        <footer>
          《{document.title}》{citation.page ? `第 ${citation.page} 页` : ''} ·{' '}
          <Link href={`/sources/${document.slug}#cite-${citation.id}`}>在原文中查看</Link>
        </footer>
      </blockquote>
      <p className="muted">
        永久地址：<code className="hash">{permalink}</code>
      </p>
      <CiteBox
        source={document}
        options={{ url: permalink, retrieved: citation.retrieved, page: citation.page, figure: citedBy.label }}
        label="引用格式"
        open
      />
    </article>
  );
}
