import 'server-only';
// Credential checks for sign-in: throttled per account and per peer address (counted in the
// database, so every server instance sees the same counts), the same answer and similar timing for
// an unknown account and a wrong password, and one audit entry per attempt.
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { verifyAgainstDummy, verifyPassword, PASSWORD_MAX_LENGTH } from './password';
import { normalizeRecoveryCode } from './recovery-codes';
import { verifyTotp } from './totp';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type SignInResult =
  | {
      ok: true;
      user: { id: string; email: string; name: string; role: Role; sessionVersion: number };
      /** Whether a second factor was checked (the session then counts as two-factor). */
      secondFactor: boolean;
    }
  // CODE_REQUIRED: the password was right and the account has a second factor: ask for the code.
  | { ok: false; reason: 'INVALID' | 'THROTTLED' | 'CODE_REQUIRED' | 'CODE_INVALID' };

export function emailKey(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

export async function checkCredentials(
  db: Db,
  input: { email: string; password: string; address: string; code?: string },
): Promise<SignInResult> {
  // No e-mail address holds a control character, and PostgreSQL refuses a NUL in text: such input
  // is simply wrong, answered like any wrong password, never as a database error.
  if (CONTROL_CHARACTER.test(input.email) || CONTROL_CHARACTER.test(input.address))
    return { ok: false, reason: 'INVALID' };
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
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      sessionVersion: true,
      passwordHash: true,
      totpSecret: true,
      totpEnabledAt: true,
      totpLastStep: true,
    },
  });
  const password = input.password.slice(0, PASSWORD_MAX_LENGTH * 4);
  const passwordValid =
    user && user.active ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  const enrolled = Boolean(passwordValid && user?.totpEnabledAt && user.totpSecret);
  const code = input.code?.trim() ?? '';
  // The code is asked for only after the password proved right, and is not a failure until given.
  if (enrolled && code === '') return { ok: false, reason: 'CODE_REQUIRED' };
  const secondFactorValid = enrolled ? await checkSecondFactor(db, user!, code) : true;
  const valid = Boolean(passwordValid && secondFactorValid);

  await db.$transaction([
    db.signInAttempt.create({ data: { emailKey: key, address: input.address, succeeded: Boolean(valid) } }),
    db.auditEntry.create({
      data: {
        actorId: valid && user ? user.id : null,
        actorLabel: key,
        action: valid ? 'sign_in' : 'sign_in.failed',
        address: input.address,
        ...(enrolled ? { detail: { secondFactor: secondFactorValid ? 'accepted' : 'refused' } } : {}),
      },
    }),
    ...(valid && user ? [db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } })] : []),
  ]);
  if (!valid || !user) return { ok: false, reason: passwordValid && enrolled ? 'CODE_INVALID' : 'INVALID' };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
    secondFactor: enrolled,
  };
}

/**
 * A current authenticator code (each time step accepted once, claimed atomically so two requests
 * cannot both use it) or an unused recovery code (then spent).
 */
async function checkSecondFactor(
  db: Db,
  user: { id: string; totpSecret: string | null; totpLastStep: number | null },
  code: string,
): Promise<boolean> {
  const step = verifyTotp(user.totpSecret!, code, user.totpLastStep);
  if (step !== null) {
    const claimed = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return claimed.count === 1;
  }
  const normalized = normalizeRecoveryCode(code);
  if (!normalized) return false;
  const unused = await db.recoveryCode.findMany({
    where: { userId: user.id, usedAt: null },
    select: { id: true, codeHash: true },
  });
  for (const candidate of unused) {
    if (await verifyPassword(candidate.codeHash, normalized)) {
      const spent = await db.recoveryCode.updateMany({
        where: { id: candidate.id, usedAt: null },
        data: { usedAt: new Date() },
      });
      return spent.count === 1;
    }
  }
  return false;
}
