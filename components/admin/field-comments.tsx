// The comments on one field or citation of a change, and a form to add one: the comment column of
// the change page's diff.
import type { FieldComment } from '@/lib/admin/change-review';
import { CommentForm } from './comment-form';

export function FieldComments(props: { changeId: string; path: string; label: string; comments: FieldComment[] }) {
  return (
    <>
      {props.comments.map((comment) => (
        <p key={comment.id} className="field-comment">
          <strong>{comment.author}</strong>：{comment.body} <span className="muted">{comment.at}</span>
        </p>
      ))}
      <CommentForm changeId={props.changeId} fieldPath={props.path} label={props.label} />
    </>
  );
}
