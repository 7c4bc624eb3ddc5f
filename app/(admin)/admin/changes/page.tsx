import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangeTable } from '@/components/admin/change-table';
import { Pagination, pageParam } from '@/components/pagination';
import { listChanges } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import type { ChangeStatus } from '@/lib/generated/prisma/enums';
import { changeStatusLabel } from '@/lib/labels';
import { pickParam, withParam, type SearchParams } from '@/lib/public/list-params';

export const metadata: Metadata = { title: '修改 · 后台', robots: { index: false } };

const statuses = Object.keys(changeStatusLabel) as ChangeStatus[];

export default async function ChangesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission('admin.access', '/admin/changes');
  const params = await searchParams;
  const mine = params.who !== 'all';
  const status = pickParam(params, 'status', statuses);
  const page = pageParam(params.page);
  const { total, rows, pages } = await listChanges({
    authorId: mine ? user.id : undefined,
    statuses: status ? [status] : undefined,
    page,
  });
  const current = { who: mine ? undefined : 'all', status };

  return (
    <>
      <h1>{mine ? '我的修改' : '全部修改'}</h1>
      <form className="filters" action="/admin/changes" method="get" aria-label="筛选修改">
        <label className="filters__field">
          <span>范围</span>
          <select name="who" defaultValue={mine ? '' : 'all'}>
            <option value="">我的修改</option>
            <option value="all">全部修改</option>
          </select>
        </label>
        <label className="filters__field">
          <span>状态</span>
          <select name="status" defaultValue={status ?? ''}>
            <option value="">全部</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {changeStatusLabel[value]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">筛选</button>
        <p className="filters__count" aria-live="polite">
          共 {total} 项
        </p>
      </form>
      {rows.length === 0 ? (
        <p className="empty">
          没有符合条件的修改。<Link href="/admin/projects">去编辑项目</Link>
        </p>
      ) : (
        <ChangeTable rows={rows} />
      )}
      <Pagination
        page={page}
        pages={pages}
        href={(p) => withParam('/admin/changes', current, 'page', p === 1 ? undefined : String(p))}
      />
    </>
  );
}
