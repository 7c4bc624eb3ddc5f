'use client';
// Invite a user: e-mail, name and role. The temporary password is shown once to hand over.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { inviteUserAction } from '@/lib/actions/users';
import type { Role } from '@/lib/generated/prisma/enums';
import { roleLabel } from '@/lib/labels';
import type { FieldErrors } from '@/lib/records/field-errors';
import { fieldErrorsOf } from '@/lib/records/field-errors';
import { newUserSchema } from '@/lib/users/schema';
import { FieldError, fieldProps } from './field-error';
import { usePending } from './use-pending';

export function InviteUserForm() {
  const router = useRouter();
  const [values, setValues] = useState({ email: '', name: '', role: 'EDITOR' as Role });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<{ email: string; temporaryPassword: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { pending, whilePending } = usePending();

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    const parsed = newUserSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    const result = await whilePending(() => inviteUserAction(parsed.data));
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setMessage(result.message);
      return;
    }
    setErrors({});
    setCreated(result.value);
    setValues({ email: '', name: '', role: values.role });
    router.refresh();
  }

  const field = (key: 'email' | 'name', label: string, type = 'text') => (
    <label className="form__field">
      <span>{label}</span>
      <input
        type={type}
        value={values[key]}
        onChange={(event) => setValues({ ...values, [key]: event.target.value })}
        {...fieldProps(errors, key)}
      />
      <FieldError errors={errors} path={key} />
    </label>
  );

  return (
    <form className="form invite-form" onSubmit={onSubmit} noValidate>
      {message && (
        <p className="form__error" role="alert">
          {message}
        </p>
      )}
      {created && (
        <p className="notice" role="status">
          已创建 {created.email}。临时密码（只显示这一次，请当面或通过安全渠道转交）：
          <code>{created.temporaryPassword}</code>
        </p>
      )}
      <div className="record-form__row">
        {field('email', '邮箱', 'email')}
        {field('name', '姓名')}
        <label className="form__field">
          <span>角色</span>
          <select value={values.role} onChange={(event) => setValues({ ...values, role: event.target.value as Role })}>
            {(Object.keys(roleLabel) as Role[]).map((role) => (
              <option key={role} value={role}>
                {roleLabel[role]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? '正在创建…' : '创建用户'}
      </button>
    </form>
  );
}
