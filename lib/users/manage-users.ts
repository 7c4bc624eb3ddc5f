import 'server-only';
// User management for admins. Every change of role, activity or password bumps the user's
// session version, so it takes effect on that user's very next request. The last active admin
// can be neither demoted nor deactivated. Invited and reset users must change the temporary
// password at their next sign-in (lib/users/change-password.ts).
import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/actor-type';
import type { Db, Tx } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/records/field-errors';
import { activeChangeSchema, newUserSchema, roleChangeSchema, userTargetSchema, type UserTarget } from './schema';

/**
 * A password for the user to sign in with once and then change (the account is flagged
 * `mustChangePassword` until they do); shown to the admin a single time.
 */
const temporaryPassword = () => randomBytes(12).toString('base64url');

function audit(tx: Tx, actor: Actor, action: string, detail: Record<string, unknown>) {
  return tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorLabel: actor.email,
      address: actor.address ?? null,
      action,
      detail: detail as object,
    },
  });
}

export async function inviteUser(db: Db, actor: Actor | null, input: unknown) {
  assertCan(actor, 'users.manage');
  const data = parseInput(newUserSchema, input);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new AppError('VALIDATION', '请修正标出的字段。', { fieldErrors: { email: '该邮箱已有账户' } });
    }
    const user = await tx.user.create({
      // The temporary password was shown to the admin: the user must replace it before anything else.
      data: { ...data, passwordHash, mustChangePassword: true },
      select: { id: true, email: true, role: true },
    });
    await audit(tx, actor, 'user.create', { userId: user.id, email: user.email, role: user.role });
    return { user, temporaryPassword: password };
  });
}

/** Loads the user at the version the admin saw, locking the active admins for the last-admin rule. */
async function lockTarget(tx: Tx, target: UserTarget) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' AND active FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id: target.userId } });
  if (!user) throw new AppError('NOT_FOUND', '找不到这个用户。');
  if (user.version !== target.version) {
    throw new AppError('CONFLICT', '这个用户在您打开页面后已被修改，请刷新后再操作。');
  }
  return user;
}

async function refuseLastAdmin(tx: Tx, user: { id: string; role: Role; active: boolean }) {
  if (user.role !== 'ADMIN' || !user.active) return;
  const others = await tx.user.count({ where: { role: 'ADMIN', active: true, id: { not: user.id } } });
  if (others === 0) throw new AppError('CONFLICT', '不能移除最后一位在职管理员：请先任命另一位管理员。');
}

export async function changeRole(db: Db, actor: Actor | null, raw: UserTarget & { role: Role }) {
  assertCan(actor, 'users.manage');
  const input = parseInput(roleChangeSchema, raw);
  return db.$transaction(async (tx) => {
    const user = await lockTarget(tx, input);
    if (user.role === input.role) return user;
    if (input.role !== 'ADMIN') await refuseLastAdmin(tx, user);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await audit(tx, actor, 'user.role_change', { userId: user.id, email: user.email, from: user.role, to: input.role });
    return updated;
  });
}

export async function setUserActive(db: Db, actor: Actor | null, raw: UserTarget & { active: boolean }) {
  assertCan(actor, 'users.manage');
  const input = parseInput(activeChangeSchema, raw);
  return db.$transaction(async (tx) => {
    const user = await lockTarget(tx, input);
    if (user.active === input.active) return user;
    if (!input.active) await refuseLastAdmin(tx, user);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { active: input.active, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await audit(tx, actor, input.active ? 'user.activate' : 'user.deactivate', { userId: user.id, email: user.email });
    return updated;
  });
}

export async function resetPassword(db: Db, actor: Actor | null, raw: UserTarget) {
  assertCan(actor, 'users.manage');
  const input = parseInput(userTargetSchema, raw);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await lockTarget(tx, input);
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash,
        passwordChangedAt: new Date(),
        mustChangePassword: true,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    await audit(tx, actor, 'user.password_reset', { userId: user.id, email: user.email });
    return { temporaryPassword: password };
  });
}

/** For a user who lost their authenticator: they set it up again at their next sign-in. */
export async function resetSecondFactor(db: Db, actor: Actor | null, raw: UserTarget) {
  assertCan(actor, 'users.manage');
  const input = parseInput(userTargetSchema, raw);
  return db.$transaction(async (tx) => {
    const user = await lockTarget(tx, input);
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.user.update({
      where: { id: user.id },
      data: {
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    await audit(tx, actor, 'user.totp_reset', { userId: user.id, email: user.email });
  });
}

export const USERS_PAGE_SIZE = 50;

/** Users for the admin list: active first, searchable by e-mail or name, a page at a time. */
export async function listUsers(db: Db, actor: Actor | null, options: { query?: string; page: number }) {
  assertCan(actor, 'users.manage');
  const where = options.query
    ? {
        OR: [
          { email: { contains: options.query, mode: 'insensitive' as const } },
          { name: { contains: options.query, mode: 'insensitive' as const } },
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ active: 'desc' }, { role: 'asc' }, { email: 'asc' }],
      skip: (options.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        version: true,
        lastSignInAt: true,
        totpEnabledAt: true,
        mustChangePassword: true,
      },
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}
