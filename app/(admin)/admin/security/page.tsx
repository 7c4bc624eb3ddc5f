import type { Metadata } from 'next';
import { getServerSession } from 'next-auth';
import { EnrollSecondFactor } from '@/components/admin/enroll-second-factor';
import { PasswordChangeForm } from '@/components/admin/password-change-form';
import { SignOutEverywhere } from '@/components/admin/sign-out-everywhere';
import { authOptions } from '@/lib/auth/options';
import { requireSignedIn } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: '安全设置 · 后台', robots: { index: false } };

export default async function SecurityPage() {
  const user = await requireSignedIn('/admin/security');
  const session = await getServerSession(authOptions);
  return (
    <>
      <h1>安全设置</h1>
      {user.mustEnrollSecondFactor && (
        <p className="form__conflict" role="status">
          管理员和审核员必须启用两步验证后才能使用后台。请用手机上的身份验证器应用（如 Google Authenticator、Microsoft
          Authenticator 或 1Password）完成设置。
        </p>
      )}
      <h2>两步验证</h2>
      {user.secondFactorEnabled ? (
        <p>已启用。登录时除密码外还需输入身份验证器中的验证码。如手机丢失，请联系管理员重置。</p>
      ) : (
        <EnrollSecondFactor />
      )}
      <h2 id="password">修改密码</h2>
      <p>修改后，其他设备上的登录会全部结束，这台设备保持登录。</p>
      <PasswordChangeForm session={session} email={user.email} />
      <h2>登录的设备</h2>
      <p>怀疑密码泄露或在别人的电脑上忘记退出时，可以一次结束所有设备上的登录。</p>
      <SignOutEverywhere />
    </>
  );
}
