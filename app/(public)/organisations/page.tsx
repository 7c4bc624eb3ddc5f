import type { Metadata } from 'next';
import Link from 'next/link';
import { ListFilters } from '@/components/list-filters';
import { Pagination, pageParam } from '@/components/pagination';
import { organisationKindLabel } from '@/lib/labels';
import { withParam, type SearchParams } from '@/lib/public/list-params';
import {
  listOrganisations,
  ORGANISATIONS_PER_PAGE,
  organisationKinds,
  parseOrganisationFilters,
  type OrganisationListItem,
} from '@/lib/records/organisation/public';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: '机构',
  description: '文件中提到的与江北区相关的机构：金融机构、企业、政府部门、园区与合作地区，附各自参与的项目和协议。',
  alternates: { canonical: '/organisations' },
};

/** The page's organisations in runs of one kind, in the order the list gives them. */
function byKind(organisations: OrganisationListItem[]) {
  const groups: Array<{ kind: OrganisationListItem['kind']; items: OrganisationListItem[] }> = [];
  for (const organisation of organisations) {
    const last = groups.at(-1);
    if (last?.kind === organisation.kind) last.items.push(organisation);
    else groups.push({ kind: organisation.kind, items: [organisation] });
  }
  return groups;
}

/**
 * What it takes part in. A region's page also lists its sub-units' agreements and those it is the
 * partner region of, counted on /partners: a count of its own parties alone would mislead.
 */
function counts({ kind, _count }: OrganisationListItem) {
  if (kind === 'REGION') return [];
  return [
    _count.projectRoles > 0 ? `参与项目 ${_count.projectRoles} 个` : null,
    _count.agreementRoles > 0 ? `协议 ${_count.agreementRoles} 项` : null,
  ];
}

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const filters = parseOrganisationFilters(params);
  const page = pageParam(params.page);
  const { total, organisations } = await listOrganisations(filters, page);
  const current = { kind: filters.kind };
  return (
    <>
      <nav aria-label="位置" className="breadcrumb">
        <Link href="/">首页</Link> / <span>机构</span>
      </nav>
      <h1>机构</h1>
      <p className="lead">
        文件中提到的机构：落户江北的金融机构与企业、政府部门、园区和合作地区。每个机构的页面列出它参与的项目与协议及原文出处；合作城市另见
        <Link href="/partners">合作地区</Link>。
      </p>
      <ListFilters
        action="/organisations"
        resultCount={total}
        selects={[
          {
            name: 'kind',
            label: '类型',
            value: filters.kind,
            options: organisationKinds.map((kind) => ({ value: kind, label: organisationKindLabel[kind] })),
          },
        ]}
      />
      {organisations.length === 0 ? (
        <p className="empty">没有符合条件的机构。</p>
      ) : (
        byKind(organisations).map((group) => (
          <section key={group.kind} aria-labelledby={`kind-${group.kind}`}>
            <h2 id={`kind-${group.kind}`}>{organisationKindLabel[group.kind]}</h2>
            <ul className="record-list">
              {group.items.map((organisation) => (
                <li key={organisation.slug}>
                  <Link href={`/partners/${organisation.slug}`}>{organisation.name}</Link>
                  <span className="record-list__meta">
                    {[
                      organisation.shortName && organisation.shortName !== organisation.name
                        ? `简称${organisation.shortName}`
                        : null,
                      organisation.region !== organisation.name ? organisation.region : null,
                      ...counts(organisation),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <Pagination
        page={page}
        pages={Math.ceil(total / ORGANISATIONS_PER_PAGE)}
        href={(p) => withParam('/organisations', current, 'page', p === 1 ? undefined : String(p))}
      />
    </>
  );
}
