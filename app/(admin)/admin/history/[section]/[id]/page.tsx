import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DiffTable } from '@/components/diff-table';
import { RestoreButton } from '@/components/admin/restore-button';
import { listRevisions } from '@/lib/admin/history';
import { adminEditPath, recordTypeOfSection } from '@/lib/admin/paths';
import { namesForIds } from '@/lib/records/names';
import { diffRecords, idsIn } from '@/lib/records/record-diff';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { formatDateTimeZh } from '@/lib/format/date-time';
import { isUuid } from '@/lib/ids/uuid';
import { changeActionLabel, recordTypeLabel } from '@/lib/labels';
import type { SearchParams } from '@/lib/public/list-params';

export const metadata: Metadata = { title: '历史版本 · 后台', robots: { index: false } };

const versionParam = (raw: string | string[] | undefined) => {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value > 0 ? value : undefined;
};

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ section: string; id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { section, id } = await params;
  const user = await requirePagePermission('admin.access', `/admin/history/${section}/${id}`);
  const recordType = recordTypeOfSection(section);
  if (!recordType || !isUuid(id)) notFound();
  const revisions = await listRevisions(recordType, id);
  if (revisions.length === 0) notFound();

  const query = await searchParams;
  const latest = revisions[0]!;
  const to = revisions.find((r) => r.version === versionParam(query.to)) ?? latest;
  const from =
    revisions.find((r) => r.version === versionParam(query.from)) ?? revisions.find((r) => r.version < to.version);
  const names = await namesForIds([...idsIn(to.data), ...idsIn(from?.data ?? null)]);
  const rows = diffRecords(from?.data ?? null, to.data, names);
  const title = (latest.data as { name?: string; nameZh?: string }).name ?? (latest.data as { nameZh?: string }).nameZh;

  return (
    <>
      <p className="breadcrumb">
        <Link href={adminEditPath(recordType, id)}>
          {recordTypeLabel[recordType]}：{title}
        </Link>{' '}
        › 历史版本
      </p>
      <h1>历史版本：{title}</h1>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">版本</th>
              <th scope="col">发布时间</th>
              <th scope="col">作者</th>
              <th scope="col">审核人</th>
              <th scope="col">意见</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.version} aria-current={revision.version === to.version ? 'true' : undefined}>
                <td>
                  第 {revision.version} 版
                  {revision.change && revision.change.action !== 'UPDATE' && (
                    <span className="muted">（{changeActionLabel[revision.change.action]}）</span>
                  )}
                </td>
                <td>{formatDateTimeZh(revision.publishedAt)}</td>
                <td>{revision.author?.name ?? '初始导入'}</td>
                <td>{revision.reviewer?.name ?? '—'}</td>
                <td>{revision.comment ?? ''}</td>
                <td>
                  <div className="change-actions__row">
                    {revision.version > 1 && (
                      <Link href={`?from=${revision.version - 1}&to=${revision.version}`}>与上一版比较</Link>
                    )}
                    {revision.version !== latest.version && can(user.role, 'record.edit') && (
                      <RestoreButton recordType={recordType} recordId={id} version={revision.version} />
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <form className="filters" method="get" aria-label="比较版本">
        <label className="filters__field">
          <span>从</span>
          <select name="from" defaultValue={from?.version ?? ''}>
            {revisions.map((r) => (
              <option key={r.version} value={r.version}>
                第 {r.version} 版
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span>到</span>
          <select name="to" defaultValue={to.version}>
            {revisions.map((r) => (
              <option key={r.version} value={r.version}>
                第 {r.version} 版
              </option>
            ))}
          </select>
        </label>
        <button type="submit">比较</button>
      </form>

      <h2>{from ? `第 ${from.version} 版 → 第 ${to.version} 版` : `第 ${to.version} 版的内容`}</h2>
      <DiffTable
        rows={rows}
        beforeLabel={from ? `第 ${from.version} 版` : undefined}
        afterLabel={`第 ${to.version} 版`}
      />
    </>
  );
}
