import 'server-only';
// A user's own password change (ASVS 6.2.2): the current password proves it is the user, the new
// one must pass the policy (length, the shipped breached-password list, not the e-mail, not the
// current password). It ends every other session (session version) and clears an admin's
// temporary password flag; the caller re-issues the session that made the change.
import { isCommonPassword } from '@/lib/auth/common-passwords';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { fieldErrorsOf, type FieldErrors } from '@/lib/records/field-errors';
import { passwordChangeSchema } from './schema';

/** The signed-in user, whether or not they may do anything else yet (a forced change is allowed). */
type Who = { id: string; email: string; address?: string | null };

export async function changeOwnPassword(db: Db, who: Who | null, input: unknown) {
  if (!who) throw new AppError('FORBIDDEN', '请先登录。');
  const user = await db.user.findUnique({
    where: { id: who.id },
    select: { email: true, active: true, passwordHash: true, mustChangePassword: true },
  });
  if (!user || !user.active) throw new AppError('FORBIDDEN', '请先登录。');

  const parsed = passwordChangeSchema({ email: user.email, isBreached: isCommonPassword }).safeParse(input);
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  // The current password is checked even when the new one is refused, so both errors show at once.
  const current = (input as { currentPassword?: unknown } | null)?.currentPassword;
  if (!errors.currentPassword && typeof current === 'string') {
    if (!(await verifyPassword(user.passwordHash, current))) errors.currentPassword = '当前密码不正确。';
  }
  if (!parsed.success || Object.keys(errors).length > 0) {
    throw new AppError('VALIDATION', '请修正标出的字段。', { fieldErrors: errors });
  }

  const passwordHash = await hashPassword(parsed.data.newPassword);
  const forced = user.mustChangePassword;
  return db.$transaction(async (tx) => {
    // Only over the password that was verified: a concurrent change or an admin's reset wins.
    const changed = await tx.user.updateMany({
      where: { id: who.id, active: true, passwordHash: user.passwordHash },
      data: {
        passwordHash,
        passwordChangedAt: new Date(),
        mustChangePassword: false,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    if (changed.count !== 1) throw new AppError('CONFLICT', '密码刚刚在别处被更改，请重新登录后再试。');
    const { sessionVersion } = await tx.user.findUniqueOrThrow({
      where: { id: who.id },
      select: { sessionVersion: true },
    });
    await tx.auditEntry.create({
      data: {
        actorId: who.id,
        actorLabel: user.email,
        address: who.address ?? null,
        action: forced ? 'user.password_change_forced' : 'user.password_change',
        detail: { forced },
      },
    });
    return { sessionVersion, forced };
  });
}
