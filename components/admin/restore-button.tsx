'use client';
// Proposes restoring an old version: it becomes a new draft change that goes through review.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { restoreRevisionAction } from '@/app/(admin)/admin/changes/actions';
import type { RecordType } from '@/lib/generated/prisma/enums';

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
  const [pending, setPending] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={pending}
        onClick={async () => {
          if (!window.confirm(`以第 ${version} 版的内容新建一项修改？它需要审核通过后才会发布。`)) return;
          setPending(true);
          const result = await restoreRevisionAction({ recordType, recordId, version });
          setPending(false);
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
