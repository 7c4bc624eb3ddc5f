import type { Metadata } from 'next';
import { pageParam } from '@/components/admin/pagination';
import { queryParam, RecordList } from '@/components/admin/record-list';
import { listProjectsForAdmin, type ProjectSort } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { projectStatusLabel } from '@/lib/labels';
import { pickParam, type SearchParams } from '@/lib/public/list-params';

export const metadata: Metadata = { title: '项目 · 后台', robots: { index: false } };

const sorts: Record<ProjectSort, string> = { name: '名称', updated: '最近更新', status: '状态' };

export default async function AdminProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission('record.edit', '/admin/projects');
  const params = await searchParams;
  const query = queryParam(params.q);
  const sort = pickParam(params, 'sort', Object.keys(sorts) as ProjectSort[]) ?? 'name';
  const page = pageParam(params.page);
  const { total, rows, pages } = await listProjectsForAdmin({ query, page, sort });
  return (
    <RecordList
      title="项目"
      path="/admin/projects"
      newLabel="新建项目"
      detailHeading="进度"
      query={query}
      sorts={sorts}
      sort={sort}
      defaultSort="name"
      page={page}
      pages={pages}
      total={total}
      rows={rows.map((project) => ({
        id: project.id,
        name: project.name,
        publicHref: project.status === 'PUBLISHED' ? `/projects/${project.slug}` : null,
        topic: project.topic.nameZh,
        detail: projectStatusLabel[project.projectStatus],
        updatedAt: project.updatedAt,
      }))}
    />
  );
}
