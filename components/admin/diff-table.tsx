// Field-by-field differences between two versions of a record; without a "before" column it lists
// a record's content. On a change, each row can carry comments about that field or citation.
import type { DiffRow } from '@/lib/admin/record-diff';
import { CommentForm } from './comment-form';

export type FieldComment = { id: string; author: string; body: string; at: string };

type Props = {
  rows: DiffRow[];
  beforeLabel?: string;
  afterLabel: string;
  /** Set on a change's page: rows get a comment button and show their comments. */
  comments?: { changeId: string; byPath: Record<string, FieldComment[]> };
};

export function DiffTable({ rows, beforeLabel, afterLabel, comments }: Props) {
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
            <tr key={row.path} data-kind={row.before === null ? 'added' : row.after === null ? 'removed' : 'changed'}>
              <th scope="row">{row.label}</th>
              {beforeLabel && <td className="diff-before">{row.before ?? '—'}</td>}
              <td className="diff-after">{row.after ?? '（删除）'}</td>
              {comments && (
                <td className="diff-comments">
                  {(comments.byPath[row.path] ?? []).map((comment) => (
                    <p key={comment.id} className="field-comment">
                      <strong>{comment.author}</strong>：{comment.body} <span className="muted">{comment.at}</span>
                    </p>
                  ))}
                  <CommentForm changeId={comments.changeId} fieldPath={row.path} label={row.label} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
