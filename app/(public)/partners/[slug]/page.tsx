import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AgreementTimeline } from '@/components/agreement-list';
import { numberCitations } from '@/components/citation-marker';
import { organisationKindLabel } from '@/lib/labels';
import { getPartnerPage } from '@/lib/public/agreements';
import { JsonLd } from '@/components/json-ld';
import { env } from '@/lib/env';
import { organisationJsonLd } from '@/lib/public/structured-data';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;
// Rendered on first visit, not at build time.
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPartnerPage((await params).slug);
  if (!page) return { title: '页面不存在' };
  return {
    title: `${page.organisation.name}与江北区的合作`,
    description: `${page.organisation.name}与重庆市江北区签订的全部协议与合作关系，共${page.agreements.length}项，均附原文出处。`,
    alternates: { canonical: `/partners/${page.organisation.slug}` },
  };
}

export default async function PartnerPage({ params }: Props) {
  const page = await getPartnerPage((await params).slug);
  if (!page) notFound();
  const { organisation, agreements } = page;
  const numbers = numberCitations(agreements.map((a) => a.citations));
  return (
    <>
      <nav aria-label="位置" className="breadcrumb">
        <Link href="/">首页</Link> / <Link href="/partners">合作地区</Link> / <span>{organisation.name}</span>
      </nav>
      <JsonLd data={organisationJsonLd(env.siteUrl(), organisation)} />
      <h1>{organisation.name}</h1>
      <p className="lead">
        {organisationKindLabel[organisation.kind]}
        {organisation.region && ` · ${organisation.region}`}
        {organisation.parent && (
          <>
            {' · 隶属 '}
            <Link href={`/partners/${organisation.parent.slug}`}>{organisation.parent.name}</Link>
          </>
        )}
        {` · 协议与合作 ${agreements.length} 项`}
      </p>
      {organisation.description && <p>{organisation.description}</p>}
      <AgreementTimeline agreements={agreements} numbers={numbers} />
      {organisation.children.length > 0 && (
        <section aria-labelledby="children-title">
          <h2 id="children-title">下属单位</h2>
          <ul className="chip-list">
            {organisation.children.map((child) => (
              <li key={child.slug}>
                <Link href={`/partners/${child.slug}`}>{child.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
