'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';

const messages: Record<string, string> = {
  INVALID: '邮箱或密码不正确。',
  THROTTLED: '登录尝试过于频繁，请稍后再试。',
  CODE_INVALID: '验证码不正确或已使用过，请输入应用中当前的 6 位数字，或一个未用过的恢复码。',
};

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // After a right password for an account with a second factor, the form also asks for the code.
  const [needsCode, setNeedsCode] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      code: String(form.get('code') ?? ''),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    if (result?.error === 'CODE_REQUIRED') {
      setNeedsCode(true);
      return;
    }
    if (result?.error === 'CODE_INVALID') setNeedsCode(true);
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
        <input name="email" type="email" autoComplete="username" required maxLength={320} readOnly={needsCode} />
      </label>
      <label className="form__field">
        <span>密码</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1024}
          readOnly={needsCode}
        />
      </label>
      {needsCode && (
        <label className="form__field">
          <span>两步验证码</span>
          <input
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            maxLength={32}
            autoFocus
            aria-describedby="code-hint"
          />
          <small id="code-hint">请输入身份验证器应用中的 6 位数字；手机不在身边时可输入一个恢复码。</small>
        </label>
      )}
      <button type="submit" disabled={pending}>
        {pending ? '正在登录…' : needsCode ? '验证并登录' : '登录'}
      </button>
    </form>
  );
}
