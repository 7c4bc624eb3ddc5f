import type { Metadata } from 'next';
import { pageParam } from '@/components/admin/pagination';
import { queryParam, RecordList } from '@/components/admin/record-list';
import { listMetricsForAdmin, type MetricSort } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { pickParam, type SearchParams } from '@/lib/public/list-params';

export const metadata: Metadata = { title: '指标 · 后台', robots: { index: false } };

const sorts: Record<MetricSort, string> = { name: '名称', updated: '最近更新' };

export default async function AdminMetricsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission('record.edit', '/admin/metrics');
  const params = await searchParams;
  const query = queryParam(params.q);
  const sort = pickParam(params, 'sort', Object.keys(sorts) as MetricSort[]) ?? 'name';
  const page = pageParam(params.page);
  const { total, rows, pages } = await listMetricsForAdmin({ query, page, sort });
  return (
    <RecordList
      title="指标"
      path="/admin/metrics"
      newLabel="新建指标"
      detailHeading="观测值"
      query={query}
      sorts={sorts}
      sort={sort}
      defaultSort="name"
      page={page}
      pages={pages}
      total={total}
      rows={rows.map((metric) => ({
        id: metric.id,
        name: metric.unit ? `${metric.nameZh}（${metric.unit}）` : metric.nameZh,
        publicHref: metric.status === 'PUBLISHED' ? `/metrics/${metric.slug}` : null,
        topic: metric.topic.nameZh,
        detail: `${metric._count.observations} 个`,
        updatedAt: metric.updatedAt,
      }))}
    />
  );
}
