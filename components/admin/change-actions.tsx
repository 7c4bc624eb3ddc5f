'use client';
// Buttons on a change: submit for review, discard (after confirmation), or a reviewer's decision.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { decideChangeAction, discardChangeAction, rebaseChangeAction, submitChangeAction } from '@/lib/actions/changes';
import type { ActionResult } from '@/lib/changes/action-result';
import type { ReviewOutcome } from '@/lib/generated/prisma/enums';
import { reviewOutcomeLabel } from '@/lib/labels';
import { usePending } from './use-pending';

type Props = {
  changeId: string;
  changeVersion: number;
  contentHash: string;
  canEdit: boolean;
  /** False for a delete or restore request, whose content is the record as it is. */
  canEditContent: boolean;
  canDecide: boolean;
  /** The record was published by someone else since this change started from it. */
  canRebase: boolean;
  decideRefusal: string | null;
};

export function ChangeActions({
  changeId,
  changeVersion,
  contentHash,
  canEdit,
  canEditContent,
  canDecide,
  canRebase,
  decideRefusal,
}: Props) {
  const router = useRouter();
  const { pending, whilePending } = usePending();
  const [error, setError] = useState<string | null>(null);
  // No decision is preselected: publishing takes an explicit choice.
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);
  const [outcomeError, setOutcomeError] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);

  async function run(work: () => Promise<ActionResult<unknown>>) {
    setError(null);
    const result = await whilePending(work);
    if (!result.ok) {
      setError(result.message);
      setCommentError(result.fieldErrors.comment ?? null);
      return;
    }
    router.refresh();
  }

  return (
    <section className="change-actions" aria-label="操作">
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      {canEdit && (
        <div className="change-actions__row">
          {canEditContent && (
            <Link className="button" href={`/admin/changes/${changeId}/edit`}>
              编辑
            </Link>
          )}
          <button
            type="button"
            className="button button--primary"
            disabled={pending}
            onClick={() => run(() => submitChangeAction({ changeId, changeVersion }))}
          >
            提交审核
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={pending}
            onClick={() => {
              if (window.confirm('确定放弃这项修改吗？放弃后不能再编辑或提交。')) {
                void run(() => discardChangeAction({ changeId, changeVersion }));
              }
            }}
          >
            放弃
          </button>
        </div>
      )}
      {canRebase && (
        <div className="change-actions__row">
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => {
              if (
                window.confirm(
                  '把这项修改移到最新版本上？它将回到草稿状态；请核对差异，必要时重新应用对方的修改后再提交。',
                )
              ) {
                void run(() => rebaseChangeAction({ changeId, changeVersion }));
              }
            }}
          >
            基于最新版本重新编辑
          </button>
        </div>
      )}
      {decideRefusal && <p className="muted">{decideRefusal}</p>}
      {canDecide && (
        <form
          className="form review-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (outcome === null) {
              setOutcomeError('请选择审核决定');
              return;
            }
            if (outcome !== 'APPROVED' && comment.trim() === '') {
              setCommentError('退回修改或拒绝时请填写审核意见');
              return;
            }
            void run(() => decideChangeAction({ changeId, outcome, comment, contentHash }));
          }}
        >
          <fieldset aria-describedby={outcomeError ? 'outcome-error' : undefined}>
            <legend>审核决定</legend>
            {(Object.keys(reviewOutcomeLabel) as ReviewOutcome[]).map((value) => (
              <label key={value} className="radio">
                <input
                  type="radio"
                  name="outcome"
                  value={value}
                  checked={outcome === value}
                  onChange={() => {
                    setOutcome(value);
                    setOutcomeError(null);
                  }}
                />
                {reviewOutcomeLabel[value]}
              </label>
            ))}
            {outcomeError && (
              <span id="outcome-error" className="field-error" role="alert">
                {outcomeError}
              </span>
            )}
          </fieldset>
          <label className="form__field">
            <span>意见{outcome === 'APPROVED' ? '（可选）' : outcome === null ? '' : '（必填）'}</span>
            <textarea
              rows={3}
              value={comment}
              onChange={(event) => {
                setComment(event.target.value);
                setCommentError(null);
              }}
              aria-invalid={commentError ? true : undefined}
              aria-describedby={commentError ? 'comment-error' : undefined}
            />
            {commentError && (
              <span id="comment-error" className="field-error" role="alert">
                {commentError}
              </span>
            )}
          </label>
          <button type="submit" disabled={pending}>
            {pending ? '正在提交…' : '提交审核决定'}
          </button>
        </form>
      )}
    </section>
  );
}
