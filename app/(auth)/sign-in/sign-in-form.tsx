'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';

const messages: Record<string, string> = {
  INVALID: '邮箱或密码不正确。',
  THROTTLED: '登录失败次数过多，请 15 分钟后再试。',
};

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setError(messages[result?.error ?? ''] ?? '登录失败，请稍后再试。');
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
      {error && (
        <p id="sign-in-error" className="form__error" role="alert">
          {error}
        </p>
      )}
      <label className="form__field">
        <span>邮箱</span>
        <input name="email" type="email" autoComplete="username" required maxLength={320} />
      </label>
      <label className="form__field">
        <span>密码</span>
        <input name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? '正在登录…' : '登录'}
      </button>
    </form>
  );
}
