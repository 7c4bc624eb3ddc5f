import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AgreementTimeline } from '@/components/agreement-list';
import { CitationMarkers, numberCitations } from '@/components/citation-marker';
import { QuoteBlock } from '@/components/quote-block';
import { RecordDiscrepancies } from '@/components/record-discrepancies';
import { organisationKindLabel, projectRoleLabel, projectStatusLabel } from '@/lib/labels';
import { getPartnerPage } from '@/lib/records/agreement/public';
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
  const { organisation, agreements } = page;
  if (organisation.kind !== 'REGION') {
    return {
      title: organisation.name,
      description:
        organisation.description ||
        `${organisation.name}（${organisationKindLabel[organisation.kind]}）在江北区的记录，均附原文出处。`,
      alternates: { canonical: `/partners/${organisation.slug}` },
    };
  }
  return {
    title: `${organisation.name}与江北区的合作`,
    description: `${organisation.name}与重庆市江北区签订的全部协议与合作关系，共${agreements.length}项，均附原文出处。`,
    alternates: { canonical: `/partners/${page.organisation.slug}` },
  };
}

export default async function PartnerPage({ params }: Props) {
  const page = await getPartnerPage((await params).slug);
  if (!page) notFound();
  const { organisation, agreements } = page;
  const numbers = numberCitations([organisation.citations, ...agreements.map((a) => a.citations)]);
  const isRegion = organisation.kind === 'REGION';
  return (
    <>
      <nav aria-label="位置" className="breadcrumb">
        <Link href="/">首页</Link> /{' '}
        {isRegion ? <Link href="/partners">合作地区</Link> : <Link href="/organisations">机构</Link>} /{' '}
        <span>{organisation.name}</span>
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
        {(isRegion || agreements.length > 0) && ` · 协议与合作 ${agreements.length} 项`}
      </p>
      {organisation.description && (
        <p>
          {organisation.description}
          <CitationMarkers citations={organisation.citations} numbers={numbers} />
        </p>
      )}
      {organisation.projectRoles.length > 0 && (
        <section aria-labelledby="projects-title">
          <h2 id="projects-title">相关项目</h2>
          <ul>
            {organisation.projectRoles.map(({ role, project }) => (
              <li key={`${project.slug}-${role}`}>
                <Link href={`/projects/${project.slug}`}>{project.name}</Link>（{projectRoleLabel[role]} ·{' '}
                {projectStatusLabel[project.projectStatus]}）
              </li>
            ))}
          </ul>
        </section>
      )}
      {(isRegion || agreements.length > 0) && <AgreementTimeline agreements={agreements} numbers={numbers} />}
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
      {organisation.citations.length > 0 && (
        <section aria-labelledby="quotes-title">
          <h2 id="quotes-title">原文</h2>
          {organisation.citations.map((citation) => (
            <QuoteBlock key={citation.id} citation={citation} />
          ))}
        </section>
      )}
      <RecordDiscrepancies discrepancies={organisation.discrepancies} />
    </>
  );
}
