import type { Metadata } from 'next';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: '登录', robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

/** Only paths on this site are followed after sign-in (no open redirect). */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/admin';
}

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1>登录编辑后台</h1>
      <SignInForm callbackUrl={safeCallback(callbackUrl)} />
    </>
  );
}
