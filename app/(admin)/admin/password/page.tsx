import type { Metadata } from 'next';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { PasswordChangeForm } from '@/components/admin/password-change-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { authOptions } from '@/lib/auth/options';
import { FORCED_PASSWORD_CHANGE_PATH } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: '设置新密码 · 后台', robots: { index: false } };

// Where lib/auth/page-guard.ts sends a user who signed in with an admin's temporary password: every
// other admin page and action is closed to them until the password is changed here.
export default async function ForcedPasswordChangePage() {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(FORCED_PASSWORD_CHANGE_PATH)}`);
  if (!user.mustChangePassword) redirect('/admin/security#password');
  const session = await getServerSession(authOptions);
  return (
    <>
      <h1>设置新密码</h1>
      <PasswordChangeForm
        session={session}
        email={user.email}
        next="/admin"
        reason="您正在使用管理员提供的临时密码登录。请先设置一个只有您自己知道的新密码，然后才能使用后台。"
      />
    </>
  );
}
