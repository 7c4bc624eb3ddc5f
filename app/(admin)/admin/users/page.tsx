import type { Metadata } from 'next';
import { InviteUserForm } from '@/components/admin/invite-user-form';
import { UserRow } from '@/components/admin/user-row';
import { currentActor } from '@/lib/auth/actor';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { db } from '@/lib/db';
import { listUsers } from '@/lib/users/manage-users';

export const metadata: Metadata = { title: '用户管理 · 后台', robots: { index: false } };

export default async function UsersPage() {
  const me = await requirePagePermission('users.manage', '/admin/users');
  const users = await listUsers(db, await currentActor());
  return (
    <>
      <h1>用户管理</h1>
      <p className="lead">角色、停用和重置密码在该用户的下一次请求时即生效。系统始终保留至少一位在职管理员。</p>
      <div className="table-scroll">
        <table className="data-table users-table">
          <thead>
            <tr>
              <th scope="col">用户</th>
              <th scope="col">角色</th>
              <th scope="col">状态</th>
              <th scope="col">最近登录</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow
                key={user.id}
                user={{
                  ...user,
                  lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
                  secondFactor: user.totpEnabledAt !== null,
                }}
                isSelf={user.id === me.id}
              />
            ))}
          </tbody>
        </table>
      </div>
      <h2>邀请新用户</h2>
      <InviteUserForm />
    </>
  );
}
