import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination, pageParam } from '@/components/admin/pagination';
import { listProjectsForAdmin, type ProjectSort } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { formatDateTimeZh } from '@/lib/format/date-time';
import { projectStatusLabel } from '@/lib/labels';
import { pickParam, withParam, type SearchParams } from '@/lib/public/list-params';

export const metadata: Metadata = { title: '项目 · 后台', robots: { index: false } };

const sorts: Record<ProjectSort, string> = { name: '名称', updated: '最近更新', status: '状态' };

export default async function AdminProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission('record.edit', '/admin/projects');
  const params = await searchParams;
  const rawQuery = Array.isArray(params.q) ? params.q[0] : params.q;
  const query = rawQuery?.trim().slice(0, 100) || undefined;
  const sort = pickParam(params, 'sort', Object.keys(sorts) as ProjectSort[]) ?? 'name';
  const page = pageParam(params.page);
  const { total, rows, pages } = await listProjectsForAdmin({ query, page, sort });
  const current = { q: query, sort: sort === 'name' ? undefined : sort };

  return (
    <>
      <div className="page-head">
        <h1>项目</h1>
        <Link className="button button--primary" href="/admin/projects/new">
          新建项目
        </Link>
      </div>
      <form className="filters" action="/admin/projects" method="get" role="search" aria-label="搜索项目">
        <label className="filters__field">
          <span>搜索</span>
          <input name="q" defaultValue={query ?? ''} placeholder="名称或网址标识" />
        </label>
        {current.sort && <input type="hidden" name="sort" value={current.sort} />}
        <button type="submit">搜索</button>
        <p className="filters__count" aria-live="polite">
          共 {total} 个
        </p>
      </form>
      <p className="sort-links">
        排序：
        {(Object.keys(sorts) as ProjectSort[]).map((key) =>
          key === sort ? (
            <strong key={key} aria-current="true">
              {sorts[key]}
            </strong>
          ) : (
            <Link key={key} href={withParam('/admin/projects', current, 'sort', key === 'name' ? undefined : key)}>
              {sorts[key]}
            </Link>
          ),
        )}
      </p>
      {rows.length === 0 ? (
        <p className="empty">没有找到项目。{query && <Link href="/admin/projects">清除搜索</Link>}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">名称</th>
                <th scope="col">专题</th>
                <th scope="col">状态</th>
                <th scope="col">更新于</th>
                <th scope="col">
                  <span className="visually-hidden">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((project) => (
                <tr key={project.id}>
                  <td>
                    {project.status === 'PUBLISHED' ? (
                      <Link href={`/projects/${project.slug}`}>{project.name}</Link>
                    ) : (
                      project.name
                    )}
                  </td>
                  <td>{project.topic.nameZh}</td>
                  <td>{projectStatusLabel[project.projectStatus]}</td>
                  <td>{formatDateTimeZh(project.updatedAt)}</td>
                  <td>
                    <Link href={`/admin/projects/${project.id}/edit`} aria-label={`编辑 ${project.name}`}>
                      编辑
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={page}
        pages={pages}
        href={(p) => withParam('/admin/projects', current, 'page', p === 1 ? undefined : String(p))}
      />
    </>
  );
}
