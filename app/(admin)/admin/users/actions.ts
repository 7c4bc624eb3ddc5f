'use server';
// Server actions for user management; lib/users/manage-users checks that the actor is an admin.
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { toActionResult, type ActionResult } from '@/lib/changes/action-result';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { changeRole, inviteUser, resetPassword, resetSecondFactor, setUserActive } from '@/lib/users/manage-users';

export async function inviteUserAction(
  input: unknown,
): Promise<ActionResult<{ email: string; temporaryPassword: string }>> {
  return toActionResult('inviteUser', async () => {
    const { user, temporaryPassword } = await inviteUser(db, await currentActor(), input);
    revalidatePath('/admin/users');
    return { email: user.email, temporaryPassword };
  });
}

type Target = { userId: string; version: number };

export async function changeRoleAction(input: Target & { role: Role }): Promise<ActionResult> {
  return toActionResult('changeRole', async () => {
    await changeRole(db, await currentActor(), input);
    revalidatePath('/admin/users');
    return undefined;
  });
}

export async function setUserActiveAction(input: Target & { active: boolean }): Promise<ActionResult> {
  return toActionResult('setUserActive', async () => {
    await setUserActive(db, await currentActor(), input);
    revalidatePath('/admin/users');
    return undefined;
  });
}

export async function resetPasswordAction(input: Target): Promise<ActionResult<{ temporaryPassword: string }>> {
  return toActionResult('resetPassword', async () => {
    const result = await resetPassword(db, await currentActor(), input);
    revalidatePath('/admin/users');
    return result;
  });
}

export async function resetSecondFactorAction(input: Target): Promise<ActionResult> {
  return toActionResult('resetSecondFactor', async () => {
    await resetSecondFactor(db, await currentActor(), input);
    revalidatePath('/admin/users');
    return undefined;
  });
}
