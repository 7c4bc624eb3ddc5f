import 'server-only';
// Credential checks for sign-in: throttled per account and per peer address (counted in the
// database, so every server instance sees the same counts), the same answer and similar timing for
// an unknown account and a wrong password, and one audit entry per attempt.
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { verifyAgainstDummy, verifyPassword, PASSWORD_MAX_LENGTH } from './password';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: 'INVALID' | 'THROTTLED' };

export function emailKey(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

export async function checkCredentials(
  db: Db,
  input: { email: string; password: string; address: string },
): Promise<SignInResult> {
  const key = emailKey(input.email);
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [accountFailures, addressFailures] = await Promise.all([
    db.signInAttempt.count({ where: { emailKey: key, succeeded: false, at: { gte: since } } }),
    db.signInAttempt.count({ where: { address: input.address, succeeded: false, at: { gte: since } } }),
  ]);
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS) {
    await db.auditEntry.create({
      data: {
        actorLabel: key,
        action: 'sign_in.throttled',
        address: input.address,
        detail: { accountFailures, addressFailures },
      },
    });
    return { ok: false, reason: 'THROTTLED' };
  }

  const user = await db.user.findUnique({
    where: { email: key },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true, passwordHash: true },
  });
  const password = input.password.slice(0, PASSWORD_MAX_LENGTH * 4);
  const valid =
    user && user.active ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);

  await db.$transaction([
    db.signInAttempt.create({ data: { emailKey: key, address: input.address, succeeded: Boolean(valid) } }),
    db.auditEntry.create({
      data: {
        actorId: valid && user ? user.id : null,
        actorLabel: key,
        action: valid ? 'sign_in' : 'sign_in.failed',
        address: input.address,
      },
    }),
    ...(valid && user ? [db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } })] : []),
  ]);
  if (!valid || !user) return { ok: false, reason: 'INVALID' };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
