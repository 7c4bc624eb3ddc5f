'use client';
// The own-password form: current password, new password twice. The browser checks the shared rules
// (lib/users/schema.ts) as far as it can; the server also checks the breached-password list and the
// current password, and its messages show next to the fields with everything typed kept. On success
// every other session has ended and this one is carried over with next-auth's session update.
import type { Session } from 'next-auth';
import { SessionProvider, signOut, useSession } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { changeOwnPasswordAction } from '@/lib/actions/security';
import { fieldErrorsOf, type FieldErrors } from '@/lib/records/field-errors';
import { passwordChangeSchema, type PasswordChange } from '@/lib/users/schema';
import { FieldError, fieldProps } from './field-error';

type Props = {
  /** This browser's session as the server read it, so that `update()` works at once. */
  session: Session | null;
  email: string;
  /** Where to go after a successful change; stay on the page (with a notice) when absent. */
  next?: string;
  /** Why the form is shown (a forced change), at the top of the form. */
  reason?: string;
};

export function PasswordChangeForm(props: Props) {
  return (
    <SessionProvider session={props.session} refetchOnWindowFocus={false}>
      <Form {...props} />
    </SessionProvider>
  );
}

const EMPTY: PasswordChange = { currentPassword: '', newPassword: '', confirmPassword: '' };

function Form({ email, next, reason }: Props) {
  const router = useRouter();
  const { update } = useSession();
  const formId = useId();
  const [values, setValues] = useState<PasswordChange>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [visible, setVisible] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    setDone(false);
    const checked = passwordChangeSchema({ email }).safeParse(values);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      return;
    }
    setPending(true);
    const result = await changeOwnPasswordAction(values);
    if (!result.ok) {
      setPending(false);
      setErrors(result.fieldErrors);
      setMessage(Object.keys(result.fieldErrors).length > 0 ? null : result.message);
      return;
    }
    // Carry this session over to the new session version; without it this session has ended too.
    const renewed = (await update({ ticket: result.value.ticket })) as { sv?: number } | null | undefined;
    if (renewed?.sv !== result.value.sessionVersion) {
      await signOut({ callbackUrl: '/sign-in?callbackUrl=/admin' });
      return;
    }
    setPending(false);
    setErrors({});
    setValues(EMPTY);
    if (next) {
      router.replace(next);
      router.refresh();
      return;
    }
    setDone(true);
    router.refresh();
  }

  // The label holds only its words (the hint and the error are tied to the input with
  // aria-describedby), so that the field's accessible name is exactly "新密码".
  const field = (key: keyof PasswordChange, label: string, autoComplete: string, hint?: string) => {
    const invalid = fieldProps(errors, key);
    const describedBy = [hint ? `${formId}-hint` : null, invalid['aria-describedby']].filter(Boolean).join(' ');
    return (
      <div className="form__field">
        <label htmlFor={`${formId}-${key}`}>{label}</label>
        <input
          id={`${formId}-${key}`}
          type={visible ? 'text' : 'password'}
          name={key}
          autoComplete={autoComplete}
          value={values[key]}
          maxLength={1024}
          spellCheck={false}
          autoCapitalize="off"
          onChange={(event) => setValues({ ...values, [key]: event.target.value })}
          {...invalid}
          aria-describedby={describedBy || undefined}
        />
        {hint && (
          <small id={`${formId}-hint`} className="muted">
            {hint}
          </small>
        )}
        <FieldError errors={errors} path={key} />
      </div>
    );
  };

  return (
    <form className="form narrow password-form" onSubmit={onSubmit} noValidate aria-label="修改密码">
      {reason && (
        <p className="form__conflict" role="status">
          {reason}
        </p>
      )}
      {message && (
        <p className="form__error" role="alert">
          {message}
        </p>
      )}
      {done && (
        <p className="notice" role="status">
          密码已修改。其他设备上的登录已全部结束，下次登录请使用新密码。
        </p>
      )}
      {/* For password managers: which account this new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {field('currentPassword', '当前密码', 'current-password')}
      {field(
        'newPassword',
        '新密码',
        'new-password',
        '至少 8 个字符，建议 15 个以上；可以用中文、空格组成的长句。常见或已泄露的密码不能使用。',
      )}
      {field('confirmPassword', '确认新密码', 'new-password')}
      <label className="checkbox">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        显示密码
      </label>
      <button type="submit" disabled={pending}>
        {pending ? '正在修改…' : '修改密码'}
      </button>
    </form>
  );
}
