import type { Metadata } from 'next';
import { InviteUserForm } from '@/components/admin/invite-user-form';
import { Pagination, pageParam } from '@/components/pagination';
import { queryParam } from '@/components/admin/record-list';
import { UserRow } from '@/components/admin/user-row';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { withParam, type SearchParams } from '@/lib/public/list-params';
import { usersForAdmin } from '@/lib/admin/users';

export const metadata: Metadata = { title: '用户管理 · 后台', robots: { index: false } };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePagePermission('users.manage', '/admin/users');
  const params = await searchParams;
  const query = queryParam(params.q);
  const page = pageParam(params.page);
  const { total, rows: users, pages } = await usersForAdmin({ query, page });
  return (
    <>
      <h1>用户管理</h1>
      <p className="lead">角色、停用和重置密码在该用户的下一次请求时即生效。系统始终保留至少一位在职管理员。</p>
      <form className="filters" action="/admin/users" method="get" role="search" aria-label="搜索用户">
        <label className="filters__field">
          <span>搜索</span>
          <input name="q" defaultValue={query ?? ''} placeholder="邮箱或姓名" />
        </label>
        <button type="submit">搜索</button>
        <p className="filters__count" aria-live="polite">
          共 {total} 人
        </p>
      </form>
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
      <Pagination
        page={page}
        pages={pages}
        href={(p) => withParam('/admin/users', { q: query }, 'page', p === 1 ? undefined : String(p))}
      />
      <h2>邀请新用户</h2>
      <InviteUserForm />
    </>
  );
}
