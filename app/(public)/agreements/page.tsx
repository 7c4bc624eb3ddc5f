import type { Metadata } from 'next';
import Link from 'next/link';
import { AgreementList, AgreementTimeline } from '@/components/agreement-list';
import { DownloadLinks } from '@/components/download-links';
import { numberCitations } from '@/components/citation-marker';
import { ListFilters } from '@/components/list-filters';
import { agreementDomainLabel, agreementKindLabel } from '@/lib/labels';
import { Pagination, pageParam } from '@/components/pagination';
import {
  AGREEMENTS_PER_PAGE,
  agreementDomains,
  agreementKinds,
  listAgreements,
  listPartnerRegions,
  parseAgreementFilters,
} from '@/lib/records/agreement/public';
import { withParam, type SearchParams } from '@/lib/public/list-params';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: '合作协议',
  description: '江北区与四川各市区县签订的合作协议与友好关系，按日期、合作方与领域查询，均附原文出处。',
  alternates: { canonical: '/agreements' },
};

const linkGroups = [
  {
    name: 'view',
    label: '显示',
    options: [
      ['list', '列表'],
      ['timeline', '时间轴'],
    ],
  },
  {
    name: 'sort',
    label: '排序',
    options: [
      ['date', '日期'],
      ['title', '标题'],
    ],
  },
] as const;

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = parseAgreementFilters(params);
  const page = pageParam(params.page);
  const [{ total, agreements }, partners] = await Promise.all([listAgreements(filters, page), listPartnerRegions()]);
  const numbers = numberCitations(agreements.map((a) => a.citations));
  const current = {
    partner: filters.partner,
    domain: filters.domain,
    kind: filters.kind,
    year: filters.year?.toString(),
    sort: filters.sort,
    view: filters.view,
  };
  const years = Array.from({ length: 2026 - 2015 + 1 }, (_, i) => String(2026 - i));
  return (
    <>
      <h1>合作协议</h1>
      <p className="lead">
        按合作方浏览：<Link href="/partners">全部合作地区</Link>
      </p>
      <DownloadLinks path="/data/agreements" />
      <ListFilters
        action="/agreements"
        resultCount={total}
        selects={[
          {
            name: 'partner',
            label: '合作方',
            value: filters.partner,
            options: partners.map((p) => ({ value: p.slug, label: p.shortName ?? p.name })),
          },
          {
            name: 'domain',
            label: '领域',
            value: filters.domain,
            options: agreementDomains.map((d) => ({ value: d, label: agreementDomainLabel[d] })),
          },
          {
            name: 'kind',
            label: '类型',
            value: filters.kind,
            options: agreementKinds.map((k) => ({ value: k, label: agreementKindLabel[k] })),
          },
          {
            name: 'year',
            label: '年份',
            value: current.year,
            options: years.map((y) => ({ value: y, label: `${y}年` })),
          },
        ]}
      />
      <p className="sort-links">
        {linkGroups.map((group) => (
          <span key={group.name} className="sort-links__group">
            {group.label}：
            {group.options.map(([value, label]) => (
              <Link
                key={value}
                href={withParam('/agreements', current, group.name, value)}
                aria-current={current[group.name] === value ? 'true' : undefined}
              >
                {label}
              </Link>
            ))}
          </span>
        ))}
      </p>
      {filters.view === 'timeline' ? (
        <AgreementTimeline agreements={agreements} numbers={numbers} />
      ) : (
        <AgreementList agreements={agreements} numbers={numbers} />
      )}
      <Pagination
        page={page}
        pages={Math.ceil(total / AGREEMENTS_PER_PAGE)}
        href={(p) => withParam('/agreements', current, 'page', p === 1 ? undefined : String(p))}
      />
    </>
  );
}
