// The user management forms' data, shared by the browser and the server.
import { z } from 'zod';
import {
  comparablePassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordLength,
  passwordMessages,
} from '@/lib/auth/password-rules';
import { Role } from '@/lib/generated/prisma/enums';
import { idSchema } from '@/lib/ids/uuid';
import { requiredText } from '@/lib/records/fields';

export const newUserSchema = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email('请输入有效的邮箱地址')),
  name: requiredText('姓名', 60),
  role: z.enum(Role, '请选择角色'),
});
export type NewUser = z.infer<typeof newUserSchema>;

/** A user as the admin's list showed them: a change made since is reported, not overwritten. */
export const userTargetSchema = z.strictObject({ userId: idSchema, version: z.int().nonnegative() });
export type UserTarget = z.input<typeof userTargetSchema>;
export const roleChangeSchema = userTargetSchema.extend({ role: z.enum(Role) });
export const activeChangeSchema = userTargetSchema.extend({ active: z.boolean() });

/**
 * The own-password form as typed (passwords are never trimmed); its rules, which depend on the
 * account, are passwordChangeSchema's.
 */
export const passwordChangeInputSchema = z.strictObject({
  currentPassword: z.string(),
  newPassword: z.string(),
  confirmPassword: z.string(),
});
export type PasswordChange = z.infer<typeof passwordChangeInputSchema>;

/**
 * The own-password form's rules. The browser checks them without the breached-password list (which
 * stays on the server); the server passes `isBreached`. Compared ignoring case and Unicode form,
 * the new password may equal neither the account's e-mail (nor its part before the @) nor the
 * current password.
 */
export function passwordChangeSchema(context: { email: string; isBreached?: (password: string) => boolean }) {
  const email = comparablePassword(context.email);
  const emailName = email.split('@')[0] ?? email;
  return z
    .strictObject({
      currentPassword: z.string().min(1, '请输入当前密码').max(1024, '当前密码不正确'),
      newPassword: z
        .string()
        .refine((value) => passwordLength(value) >= PASSWORD_MIN_LENGTH, passwordMessages.tooShort)
        .refine((value) => passwordLength(value) <= PASSWORD_MAX_LENGTH, passwordMessages.tooLong)
        .refine((value) => !context.isBreached?.(value), passwordMessages.breached),
      confirmPassword: z.string(),
    })
    .superRefine((data, ctx) => {
      const next = comparablePassword(data.newPassword);
      if (next === email || next === emailName) {
        ctx.addIssue({ code: 'custom', path: ['newPassword'], message: '新密码不能与邮箱相同。' });
      } else if (data.newPassword.normalize('NFKC') === data.currentPassword.normalize('NFKC')) {
        ctx.addIssue({ code: 'custom', path: ['newPassword'], message: '新密码不能与当前密码相同。' });
      }
      if (data.confirmPassword !== data.newPassword) {
        ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: '两次输入的新密码不一致。' });
      }
    });
}
