'use client';
// A comment on a change, or on one field or citation of it; opens on demand next to what it is about.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { commentAction } from '@/lib/actions/changes';
import { usePending } from './use-pending';

type Props = { changeId: string; fieldPath: string | null; label: string; startOpen?: boolean };

export function CommentForm({ changeId, fieldPath, label, startOpen = false }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(startOpen);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { pending, whilePending } = usePending();
  if (!open) {
    return (
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => setOpen(true)}
        aria-label={`评论：${label}`}
      >
        评论
      </button>
    );
  }
  return (
    <form
      className="comment-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await whilePending(() => commentAction({ changeId, body, fieldPath }));
        if (!result.ok) {
          setError(result.fieldErrors.body ?? result.message);
          return;
        }
        setBody('');
        setError(null);
        if (!startOpen) setOpen(false);
        router.refresh();
      }}
    >
      <label className="form__field">
        <span>评论：{label}</span>
        <textarea rows={2} value={body} onChange={(event) => setBody(event.target.value)} maxLength={4000} />
      </label>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      <button type="submit" className="button button--small" disabled={pending}>
        {pending ? '正在发表…' : '发表评论'}
      </button>
    </form>
  );
}
