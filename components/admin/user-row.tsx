'use client';
// One user in the management table: role, activity and password reset, each confirmed first.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import {
  changeRoleAction,
  resetPasswordAction,
  resetSecondFactorAction,
  setUserActiveAction,
} from '@/lib/actions/users';
import type { ActionResult } from '@/lib/changes/action-result';
import { formatDateTimeZh } from '@/lib/format/date-time';
import type { Role } from '@/lib/generated/prisma/enums';
import { roleLabel } from '@/lib/labels';
import { usePending } from './use-pending';

type Props = {
  user: {
    id: string;
    email: string;
    name: string;
    role: Role;
    active: boolean;
    version: number;
    lastSignInAt: string | null;
    secondFactor: boolean;
    /** Still holds a temporary password from an invite or reset. */
    mustChangePassword: boolean;
  };
  isSelf: boolean;
};

export function UserRow({ user, isSelf }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const { pending, whilePending } = usePending();
  const target = { userId: user.id, version: user.version };

  async function run<T>(work: () => Promise<ActionResult<T>>, onDone?: (value: T) => void) {
    setError(null);
    const result = await whilePending(work);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    onDone?.(result.value);
    router.refresh();
  }

  return (
    <tr data-active={user.active}>
      <td>
        <strong>{user.name}</strong>
        {isSelf && <span className="muted">（您）</span>}
        <br />
        <span className="muted">{user.email}</span>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          {user.name} 的角色
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          disabled={pending}
          onChange={(event) => {
            const role = event.target.value as Role;
            if (window.confirm(`把 ${user.name} 的角色改为“${roleLabel[role]}”？`)) {
              void run(() => changeRoleAction({ ...target, role }));
            }
          }}
        >
          {(Object.keys(roleLabel) as Role[]).map((role) => (
            <option key={role} value={role}>
              {roleLabel[role]}
            </option>
          ))}
        </select>
      </td>
      <td>
        {user.active ? '在职' : '已停用'}
        {user.secondFactor && <span className="muted">（已启用两步验证）</span>}
        {user.mustChangePassword && <span className="muted">（尚未修改临时密码）</span>}
      </td>
      <td>{user.lastSignInAt ? formatDateTimeZh(new Date(user.lastSignInAt)) : '从未'}</td>
      <td>
        <div className="change-actions__row">
          <button
            type="button"
            className={user.active ? 'button button--danger button--small' : 'button button--small'}
            disabled={pending}
            onClick={() => {
              const question = user.active ? `停用 ${user.name}？停用后立即退出登录。` : `恢复 ${user.name} 的账户？`;
              if (window.confirm(question)) void run(() => setUserActiveAction({ ...target, active: !user.active }));
            }}
          >
            {user.active ? '停用' : '恢复'}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            onClick={() => {
              if (window.confirm(`为 ${user.name} 生成新的临时密码？原密码立即失效。`)) {
                void run(
                  () => resetPasswordAction(target),
                  (value) => setPassword(value.temporaryPassword),
                );
              }
            }}
          >
            重置密码
          </button>
          {user.secondFactor && (
            <button
              type="button"
              className="button button--small"
              disabled={pending}
              onClick={() => {
                if (window.confirm(`重置 ${user.name} 的两步验证？该用户下次登录时需重新设置。`)) {
                  void run(() => resetSecondFactorAction(target));
                }
              }}
            >
              重置两步验证
            </button>
          )}
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {password && (
          <p className="notice" role="status">
            新的临时密码（只显示这一次）：<code>{password}</code>
          </p>
        )}
      </td>
    </tr>
  );
}
