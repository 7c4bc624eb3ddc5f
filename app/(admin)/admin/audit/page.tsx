import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination, pageParam } from '@/components/pagination';
import { queryParam } from '@/components/admin/record-list';
import { listAuditEntries } from '@/lib/admin/history';
import { currentActor } from '@/lib/auth/actor';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { formatDateTimeZh } from '@/lib/format/date-time';
import { isUuid } from '@/lib/ids/uuid';
import { auditActionLabel, recordTypeLabel } from '@/lib/labels';
import { withParam, type SearchParams } from '@/lib/public/list-params';

export const metadata: Metadata = { title: '审计日志 · 后台', robots: { index: false } };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePagePermission('audit.read', '/admin/audit');
  const params = await searchParams;
  const actionRaw = queryParam(params.action);
  const actor = queryParam(params.actor);
  const recordRaw = queryParam(params.record);
  const recordId = recordRaw && isUuid(recordRaw) ? recordRaw : undefined;
  const page = pageParam(params.page);
  const { total, rows, pages, actions } = await listAuditEntries(await currentActor(), {
    action: actionRaw && /^[a-z_.]+$/.test(actionRaw) ? actionRaw : undefined,
    actor,
    recordId,
    page,
  });
  const current = { action: actionRaw, actor, record: recordId };

  return (
    <>
      <h1>审计日志</h1>
      <p className="lead">只增不改：登录、修改、审核、发布和用户管理的每一步，谁在何时从何处做了什么。</p>
      <form className="filters" action="/admin/audit" method="get" role="search" aria-label="筛选审计日志">
        <label className="filters__field">
          <span>操作</span>
          <select name="action" defaultValue={actionRaw ?? ''}>
            <option value="">全部</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {auditActionLabel[action] ?? action}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>操作人</span>
          <input name="actor" defaultValue={actor ?? ''} placeholder="邮箱" />
        </label>
        {recordId && <input type="hidden" name="record" value={recordId} />}
        <button type="submit">筛选</button>
        <Link href="/admin/audit" className="filters__reset">
          清除
        </Link>
        <p className="filters__count" aria-live="polite">
          共 {total} 条
        </p>
      </form>
      {rows.length === 0 ? (
        <p className="empty">没有符合条件的记录。</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table audit-table">
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col">操作人</th>
                <th scope="col">操作</th>
                <th scope="col">记录</th>
                <th scope="col">来源地址</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.id.toString()}>
                  <td>{formatDateTimeZh(entry.at)}</td>
                  <td>{entry.actorLabel}</td>
                  <td>
                    {auditActionLabel[entry.action] ?? ''} <code>{entry.action}</code>
                  </td>
                  <td>
                    {entry.changeId ? (
                      <Link href={`/admin/changes/${entry.changeId}`}>
                        {entry.recordType ? recordTypeLabel[entry.recordType] : '修改'}
                      </Link>
                    ) : entry.recordType ? (
                      recordTypeLabel[entry.recordType]
                    ) : (
                      ''
                    )}
                    {entry.recordId && (
                      <>
                        {' '}
                        <Link href={withParam('/admin/audit', {}, 'record', entry.recordId)} className="muted">
                          同一记录
                        </Link>
                      </>
                    )}
                  </td>
                  <td>{entry.address ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={page}
        pages={pages}
        href={(p) => withParam('/admin/audit', current, 'page', p === 1 ? undefined : String(p))}
      />
    </>
  );
}
