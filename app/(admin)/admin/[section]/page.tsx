import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageParam } from '@/components/pagination';
import { queryParam, RecordList } from '@/components/admin/record-list';
import { openChangeFilter, sections } from '@/lib/admin/sections';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { pickParam, type SearchParams } from '@/lib/public/list-params';

type Props = { params: Promise<{ section: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = sections[(await params).section];
  return { title: `${section?.title ?? '后台'} · 后台`, robots: { index: false } };
}

export default async function SectionListPage({ params, searchParams }: Props) {
  const { section: name } = await params;
  await requirePagePermission('record.edit', `/admin/${name}`);
  const section = Object.hasOwn(sections, name) ? sections[name]! : notFound();
  const query = await searchParams;
  const sortKeys = Object.keys(section.sorts);
  const sort = pickParam(query, 'sort', sortKeys) ?? sortKeys[0]!;
  const search = queryParam(query.q);
  const page = pageParam(query.page);
  const deleted = query.deleted === '1';
  const filters = [...(await section.filters()), openChangeFilter];
  const chosen = Object.fromEntries(
    filters.flatMap((filter) => {
      const value = pickParam(
        query,
        filter.key,
        filter.options.map((option) => option.value),
      );
      return value ? [[filter.key, value]] : [];
    }),
  );
  const { total, rows } = await section.list({ query: search, page, sort, deleted, filters: chosen });
  return (
    <RecordList
      title={section.title}
      path={`/admin/${name}`}
      newLabel={section.newLabel}
      topicHeading={section.topicHeading}
      detailHeading={section.detailHeading}
      query={search}
      deleted={deleted}
      filters={filters}
      chosen={chosen}
      sorts={section.sorts}
      sort={sort}
      defaultSort={sortKeys[0]!}
      page={page}
      total={total}
      rows={rows}
    />
  );
}
