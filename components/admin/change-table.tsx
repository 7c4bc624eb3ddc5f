import Link from 'next/link';
import { formatDateTimeZh } from '@/lib/format/date-time';
import type { ChangeAction, ChangeStatus, RecordType } from '@/lib/generated/prisma/enums';
import { changeActionLabel, changeStatusLabel, recordTypeLabel } from '@/lib/labels';

export type ChangeRow = {
  id: string;
  title: string;
  recordType: RecordType;
  action: ChangeAction;
  status: ChangeStatus;
  submittedAt: Date | null;
  updatedAt: Date;
  author: { name: string };
};

/** Changes as a table: what, which record, who, state and when. */
export function ChangeTable({ rows, showAge = false }: { rows: ChangeRow[]; showAge?: boolean }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">记录</th>
            <th scope="col">类型</th>
            <th scope="col">作者</th>
            <th scope="col">状态</th>
            <th scope="col">{showAge ? '提交于' : '更新于'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link href={`/admin/changes/${row.id}`}>{row.title}</Link>
              </td>
              <td>
                {changeActionLabel[row.action]}
                {recordTypeLabel[row.recordType]}
              </td>
              <td>{row.author.name}</td>
              <td>
                <span className="badge" data-status={row.status}>
                  {changeStatusLabel[row.status]}
                </span>
              </td>
              <td>{formatDateTimeZh(showAge ? (row.submittedAt ?? row.updatedAt) : row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
