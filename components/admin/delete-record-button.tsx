'use client';
// Proposes deleting (or restoring) a record. It takes effect only when a reviewer approves it.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { proposeDeletionAction } from '@/lib/actions/changes';
import type { RecordType } from '@/lib/generated/prisma/enums';
import { usePending } from './use-pending';

type Props = { recordType: RecordType; recordId: string; baseVersion: number; deleted: boolean; label: string };

export function DeleteRecordButton({ recordType, recordId, baseVersion, deleted, label }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { pending, whilePending } = usePending();
  const question = deleted
    ? `申请恢复“${label}”？获批后它会重新出现在公开网站上。`
    : `申请删除“${label}”？获批后它将从公开网站上消失（可以再申请恢复）。`;
  return (
    <div className="change-actions__row">
      <button
        type="button"
        className={deleted ? 'button' : 'button button--danger'}
        disabled={pending}
        onClick={async () => {
          if (!window.confirm(question)) return;
          const result = await whilePending(() =>
            proposeDeletionAction({ recordType, recordId, baseVersion, restore: deleted }),
          );
          if (result.ok) router.push(`/admin/changes/${result.value.id}`);
          else setError(result.message);
        }}
      >
        {deleted ? '申请恢复此记录' : '申请删除此记录'}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
