'use client';
// Proposes restoring an old version: it becomes a new draft change that goes through review.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { restoreRevisionAction } from '@/lib/actions/changes';
import type { RecordType } from '@/lib/generated/prisma/enums';
import { usePending } from './use-pending';

export function RestoreButton({
  recordType,
  recordId,
  version,
}: {
  recordType: RecordType;
  recordId: string;
  version: number;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { pending, whilePending } = usePending();
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={pending}
        onClick={async () => {
          if (!window.confirm(`以第 ${version} 版的内容新建一项修改？它需要审核通过后才会发布。`)) return;
          const result = await whilePending(() => restoreRevisionAction({ recordType, recordId, version }));
          if (result.ok) router.push(`/admin/changes/${result.value.id}`);
          else setError(result.message);
        }}
      >
        恢复此版本
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
