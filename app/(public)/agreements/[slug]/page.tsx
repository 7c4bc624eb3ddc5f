import type { Metadata } from 'next';
import Link from 'next/link';
import { RecordUpdated } from '@/components/record-updated';
import { notFound } from 'next/navigation';
import { agreementDate } from '@/components/agreement-list';
import { CitationMarkers, numberCitations } from '@/components/citation-marker';
import { Facts } from '@/components/facts';
import { QuoteBlock } from '@/components/quote-block';
import { RecordDiscrepancies } from '@/components/record-discrepancies';
import { statesPartialDate } from '@/lib/dates/partial-date';
import { agreementDomainLabel, agreementKindLabel } from '@/lib/labels';
import { getAgreementPage } from '@/lib/records/agreement/public';

// Cached; every publish refreshes it (lib/cache/page-cache-handler.js).
export const revalidate = 3600;
// Rendered on first visit, not at build time.
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agreement = await getAgreementPage((await params).slug);
  if (!agreement) return { title: '页面不存在' };
  return {
    title: agreement.title,
    description: agreement.summary || `${agreement.title}（${agreementDate(agreement)}）`,
    alternates: { canonical: `/agreements/${agreement.slug}` },
    openGraph: { title: agreement.title, type: 'article' },
  };
}

export default async function AgreementPage({ params }: Props) {
  const agreement = await getAgreementPage((await params).slug);
  if (!agreement) notFound();
  // The quotes report the agreement: their markers sit beside the summary, and a quote that states
  // the signing date beside the date too; a yearbook's summing-up that names no date stays off it.
  const signed =
    agreement.signedOn && agreement.signedOnPrecision
      ? { date: agreement.signedOn, precision: agreement.signedOnPrecision }
      : null;
  const summaryCitations = agreement.summary ? agreement.citations : [];
  const dateCitations = agreement.summary
    ? agreement.citations.filter((c) => signed !== null && statesPartialDate(c.exact, signed))
    : agreement.citations;
  const numbers = numberCitations([agreement.citations]);
  const side = (which: 'JIANGBEI' | 'PARTNER') =>
    agreement.parties
      .filter((p) => p.side === which)
      .map((p, i) => (
        <span key={p.organisation.slug}>
          {i > 0 && '、'}
          <Link href={`/partners/${p.organisation.slug}`}>{p.organisation.name}</Link>
        </span>
      ));
  return (
    <article>
      <nav aria-label="位置" className="breadcrumb">
        <Link href="/">首页</Link> / <Link href="/agreements">合作协议</Link> / <span>{agreement.title}</span>
      </nav>
      <h1>{agreement.title}</h1>
      {agreement.summary && (
        <p className="lead">
          {agreement.summary}
          <CitationMarkers citations={summaryCitations} numbers={numbers} />
        </p>
      )}
      <RecordUpdated
        updatedAt={agreement.updatedAt}
        href={`/agreements/${agreement.slug}`}
        editHref={`/admin/agreements/${agreement.id}/edit`}
      />
      <Facts
        rows={[
          [
            '签订日期',
            <>
              {agreementDate(agreement)}
              <CitationMarkers citations={dateCitations} numbers={numbers} />
            </>,
          ],
          ['类型', agreementKindLabel[agreement.kind]],
          ['领域', agreementDomainLabel[agreement.domain]],
          ['江北方', side('JIANGBEI')],
          ['合作方', side('PARTNER')],
          agreement.partnerRegion
            ? [
                '合作地区',
                <Link key="region" href={`/partners/${agreement.partnerRegion.slug}`}>
                  {agreement.partnerRegion.name}
                </Link>,
              ]
            : null,
          [
            '专题',
            <Link key="topic" href={`/topics/${agreement.topic.slug}`}>
              {agreement.topic.nameZh}
            </Link>,
          ],
        ]}
      />
      <section aria-labelledby="quotes-title">
        <h2 id="quotes-title">原文</h2>
        {agreement.citations.map((citation) => (
          <QuoteBlock key={citation.id} citation={citation} />
        ))}
      </section>
      <RecordDiscrepancies discrepancies={agreement.discrepancies} />
    </article>
  );
}
