import type { Metadata } from 'next';
import { SignInForm } from './sign-in-form';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

export const metadata: Metadata = { title: '登录', robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1>登录编辑后台</h1>
      <SignInForm callbackUrl={safeRedirectPath(callbackUrl, '/admin')} />
    </>
  );
}
