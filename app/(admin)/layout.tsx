import Link from 'next/link';
import { SignOutButton } from '@/components/sign-out-button';
import { countAwaitingReview } from '@/lib/admin/queries';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { roleLabel } from '@/lib/labels';
import './admin.css';

// Per-user pages: never prerendered or cached.
export const dynamic = 'force-dynamic';

// The layout only shows who is signed in and where they may go; every page and action checks
// permissions itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const awaiting = user && can(user.role, 'change.review') ? await countAwaitingReview() : 0;
  return (
    <>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="site-header site-header--admin">
        <div className="container site-header__inner">
          <Link href="/admin" className="site-title">
            江北数据 · 后台
          </Link>
          {user && user.mustChangePassword && (
            <nav className="admin-nav" aria-label="后台">
              <Link href="/admin/password">设置新密码</Link>
            </nav>
          )}
          {user && !user.mustChangePassword && user.mustEnrollSecondFactor && (
            <nav className="admin-nav" aria-label="后台">
              <Link href="/admin/security">安全设置</Link>
            </nav>
          )}
          {user && !user.mustChangePassword && !user.mustEnrollSecondFactor && (
            <nav className="admin-nav" aria-label="后台">
              {can(user.role, 'record.edit') && (
                <>
                  <Link href="/admin/metrics">指标</Link>
                  <Link href="/admin/projects">项目</Link>
                  <Link href="/admin/agreements">协议</Link>
                  <Link href="/admin/organisations">机构</Link>
                  <Link href="/admin/topics">专题</Link>
                </>
              )}
              <Link href="/admin/sources">原始文件</Link>
              <Link href="/admin/changes">我的修改</Link>
              {can(user.role, 'change.review') && (
                <Link href="/admin/review">
                  待审核
                  {awaiting > 0 && (
                    <span className="counter" aria-label={`${awaiting} 项待审核`}>
                      {awaiting}
                    </span>
                  )}
                </Link>
              )}
              {can(user.role, 'users.manage') && <Link href="/admin/users">用户</Link>}
              {can(user.role, 'audit.read') && <Link href="/admin/audit">审计日志</Link>}
              <Link href="/admin/security">安全设置</Link>
              <Link href="/">公开网站</Link>
            </nav>
          )}
          {user && (
            <div className="admin-user">
              <span>
                {user.name}（{roleLabel[user.role]}）
              </span>
              <SignOutButton />
            </div>
          )}
        </div>
      </header>
      <main id="main" className="container admin-main">
        {children}
      </main>
    </>
  );
}
