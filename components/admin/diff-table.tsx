// Field-by-field differences between two versions of a record; without a "before" column it lists
// a record's content.
import type { DiffRow } from '@/lib/admin/record-diff';

type Props = { rows: DiffRow[]; beforeLabel?: string; afterLabel: string };

export function DiffTable({ rows, beforeLabel, afterLabel }: Props) {
  return (
    <div className="table-scroll">
      <table className="data-table diff-table">
        <thead>
          <tr>
            <th scope="col">字段</th>
            {beforeLabel && <th scope="col">{beforeLabel}</th>}
            <th scope="col">{afterLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path} data-kind={row.before === null ? 'added' : row.after === null ? 'removed' : 'changed'}>
              <th scope="row">{row.label}</th>
              {beforeLabel && <td className="diff-before">{row.before ?? '—'}</td>}
              <td className="diff-after">{row.after ?? '（删除）'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
