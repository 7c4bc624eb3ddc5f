// Field-by-field differences between two versions of a record; without a "before" column it lists
// a record's content. Unchanged fields wait behind a toggle. On a change's admin page, each row can
// carry comments about that field or citation (the comment form is passed in by the admin page).
import type { ReactNode } from 'react';
import { changedRows, type DiffRow } from '@/lib/records/record-diff';

type Props = {
  rows: DiffRow[];
  beforeLabel?: string;
  afterLabel: string;
  /** Set on a change's page: a comment column, filled per row. */
  comments?: (row: DiffRow) => ReactNode;
};

const kindText = { added: '新增', removed: '删除', changed: '修改', unchanged: '未改动' } as const;

function Table({ rows, beforeLabel, afterLabel, comments }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table diff-table">
        <thead>
          <tr>
            <th scope="col">字段</th>
            {beforeLabel && <th scope="col">{beforeLabel}</th>}
            <th scope="col">{afterLabel}</th>
            {comments && <th scope="col">评论</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-kind={row.kind}>
              <th scope="row">
                {row.label}
                {beforeLabel && row.kind !== 'changed' && row.kind !== 'unchanged' && (
                  <span className="muted">（{kindText[row.kind]}）</span>
                )}
              </th>
              {beforeLabel && (
                <td className="diff-before" data-label={beforeLabel}>
                  {row.kind === 'removed' ? <del>{row.before}</del> : (row.before ?? '—')}
                </td>
              )}
              <td className="diff-after" data-label={beforeLabel ? afterLabel : undefined}>
                {row.after ?? '（删除）'}
              </td>
              {comments && <td className="diff-comments">{comments(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DiffTable(props: Props) {
  const changed = changedRows(props.rows);
  const unchanged = props.rows.filter((row) => row.kind === 'unchanged');
  return (
    <>
      {changed.length > 0 ? <Table {...props} rows={changed} /> : <p className="empty">没有字段改动。</p>}
      {unchanged.length > 0 && (
        <details className="diff-unchanged">
          <summary>显示未改动的字段（{unchanged.length}）</summary>
          <Table {...props} rows={unchanged} />
        </details>
      )}
    </>
  );
}
