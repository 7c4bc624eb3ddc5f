'use client';
// Set up an authenticator app: scan the QR code (or type the key), confirm with a first code,
// write down the recovery codes shown once, then sign in again with a code.
import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { beginEnrollmentAction, confirmEnrollmentAction } from '@/lib/actions/security';
import { usePending } from './use-pending';

export function EnrollSecondFactor() {
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { pending, whilePending } = usePending();

  if (recoveryCodes) {
    return (
      <section className="form" aria-labelledby="recovery-title">
        <h3 id="recovery-title">两步验证已启用：请保存恢复码</h3>
        <p>每个恢复码只能使用一次，在手机不在身边时代替验证码。它们只显示这一次，请打印或存入密码管理器。</p>
        <ol className="recovery-codes" aria-label="恢复码">
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <p>为安全起见，所有登录会话已结束。请用密码和验证码重新登录。</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => signOut({ callbackUrl: '/sign-in?callbackUrl=/admin' })}
        >
          我已保存，重新登录
        </button>
      </section>
    );
  }

  if (!setup) {
    return (
      <div className="form">
        <p>启用后，每次登录除密码外还需输入手机应用生成的 6 位验证码。</p>
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={pending}
          onClick={async () => {
            const result = await whilePending(() => beginEnrollmentAction());
            if (result.ok) setSetup(result.value);
            else setError(result.message);
          }}
        >
          开始设置
        </button>
      </div>
    );
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        const result = await whilePending(() => confirmEnrollmentAction(code));
        if (result.ok) setRecoveryCodes(result.value.recoveryCodes);
        else setError(result.message);
      }}
    >
      <p>1. 用身份验证器应用扫描二维码：</p>
      {/* The SVG is generated on the server by the qrcode library from our own otpauth URI. */}
      <div className="qr" role="img" aria-label="两步验证二维码" dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
      <p>
        无法扫描时，手动输入密钥：<code data-testid="totp-secret">{setup.secret}</code>
      </p>
      <label className="form__field">
        <span>2. 输入应用显示的 6 位验证码</span>
        <input
          value={code}
          onChange={(event) => setCode(event.target.value)}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={10}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'enroll-error' : undefined}
        />
        {error && (
          <span id="enroll-error" className="field-error" role="alert">
            {error}
          </span>
        )}
      </label>
      <button type="submit" disabled={pending}>
        {pending ? '正在验证…' : '验证并启用'}
      </button>
    </form>
  );
}
