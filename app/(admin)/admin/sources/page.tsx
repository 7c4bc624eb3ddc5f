import type { Metadata } from 'next';
import Link from 'next/link';
import { listSourcesForAdmin } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { formatDateTimeZh } from '@/lib/format/date-time';
import { sourceKindLabel } from '@/lib/labels';

export const metadata: Metadata = { title: '原始文件 · 后台', robots: { index: false } };

export default async function AdminSourcesPage() {
  const user = await requirePagePermission('admin.access', '/admin/sources');
  const sources = await listSourcesForAdmin();
  return (
    <>
      <div className="page-head">
        <h1>原始文件</h1>
        {can(user.role, 'source.import') && (
          <Link className="button button--primary" href="/admin/sources/new">
            导入新文件
          </Link>
        )}
      </div>
      <p className="lead">
        原文一经导入不可更改；更正后的文本作为同一文件的新版本导入，引文会自动重新定位。每个版本的文本都须经审核批准才会公开。
      </p>
      {sources.length === 0 ? (
        <p className="empty">还没有原始文件。</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">标题</th>
                <th scope="col">类型</th>
                <th scope="col">状态</th>
                <th scope="col">版本</th>
                <th scope="col">导入于</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id}>
                  <td>
                    <Link href={`/admin/sources/${source.id}`}>{source.title}</Link>
                  </td>
                  <td>{sourceKindLabel[source.kind]}</td>
                  <td>{source.status === 'PUBLISHED' ? '已公开' : '草稿（文本待审核）'}</td>
                  <td>
                    公开第 {source.currentNumber ?? '—'} 版
                    {source.latestNumber !== source.currentNumber && `，最新导入第 ${source.latestNumber} 版`}
                  </td>
                  <td>{formatDateTimeZh(source.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
