'use client';
// Ends every session of the signed-in user (a lost laptop, a shared computer), after confirmation.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { signOutEverywhereAction } from '@/lib/actions/security';
import { usePending } from './use-pending';

export function SignOutEverywhere() {
  const router = useRouter();
  const { pending, whilePending } = usePending();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="change-actions__row">
      <button
        type="button"
        className="button button--danger"
        disabled={pending}
        onClick={async () => {
          if (!window.confirm('退出所有设备上的登录（包括这一台）？之后需要重新登录。')) return;
          const result = await whilePending(() => signOutEverywhereAction());
          if (result.ok) router.push('/sign-in');
          else setError(result.message);
        }}
      >
        退出所有设备
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
