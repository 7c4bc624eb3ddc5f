import Link from 'next/link';
import { SignOutButton } from '@/components/sign-out-button';
import { getCurrentUser } from '@/lib/auth/current-user';
import { roleLabel } from '@/lib/labels';

// Per-user pages: never prerendered or cached.
export const dynamic = 'force-dynamic';

// The layout only shows who is signed in; every page and action checks permissions itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <header className="site-header site-header--admin">
        <div className="container site-header__inner">
          <Link href="/admin" className="site-title">
            江北数据 · 后台
          </Link>
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
      <main id="main" className="container">
        {children}
      </main>
    </>
  );
}
