import 'server-only';
// Credential checks for sign-in: the same answer and similar timing for an unknown account and a
// wrong password, one audit entry per attempt, and throttling counted in the database (so every
// server instance sees the same counts), keyed on the real peer address.
//
// Why the throttling looks like this: a limit per account alone lets anyone lock anyone out (five
// wrong passwords kept an admin out for 15 minutes), so failures are held against the pair of
// account and address that made them, never against the account as a whole:
// - Pair: the first three failures of an (account, address) pair cost nothing; after each further
//   one the pair waits twice as long as before (1 s after the 4th, 2 s after the 5th, 4 s … at
//   most 15 minutes) and is answered THROTTLED, without a password check, until then. Failures
//   count since the pair's last success, over the last 24 hours.
// - Address: 20 failures from one address within 15 minutes, over all accounts, pause that address
//   (stops one machine spraying passwords over many accounts).
// - Account: never locked. While an account has ACCOUNT_ALERT_FAILURES failures within 15 minutes
//   from addresses other than the one asking (a distributed attack), an address that fails for it
//   waits from its first failure on (1 s, 2 s, 4 s …). But an address with no recent failure for
//   the account (and under its own address limit) is always heard: an attacker elsewhere cannot
//   keep the owner out, and the right password (and code, if enrolled) signs them in.
import type { Db } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { verifyAgainstDummy, verifyPassword, PASSWORD_MAX_LENGTH } from './password';
import { normalizeRecoveryCode } from './recovery-codes';
import { verifyTotp } from './totp';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const PAIR_FREE_FAILURES = 3;
export const PAIR_FREE_FAILURES_UNDER_ATTACK = 0;
export const ACCOUNT_ALERT_FAILURES = 10;
export const PAIR_MEMORY_MS = 24 * 60 * 60 * 1000;
export const MAX_PAIR_DELAY_MS = 15 * 60 * 1000;
// More failures than this cannot lengthen a pair's delay beyond the cap, so no more rows are read.
const PAIR_ROWS_READ = PAIR_FREE_FAILURES + Math.ceil(Math.log2(MAX_PAIR_DELAY_MS / 1000)) + 1;

/** How long a pair waits after its last failure, given its failures and the account's state. */
export function pairDelayMs(pairFailures: number, accountUnderAttack: boolean): number {
  const free = accountUnderAttack ? PAIR_FREE_FAILURES_UNDER_ATTACK : PAIR_FREE_FAILURES;
  if (pairFailures <= free) return 0;
  return Math.min(2 ** (pairFailures - free - 1) * 1000, MAX_PAIR_DELAY_MS);
}

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
  const now = new Date();
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [otherAddressFailures, addressFailures, pairRows] = await Promise.all([
    db.signInAttempt.count({
      where: { emailKey: key, address: { not: input.address }, succeeded: false, at: { gte: since } },
    }),
    db.signInAttempt.count({ where: { address: input.address, succeeded: false, at: { gte: since } } }),
    // The pair's latest attempts, newest first: its failures are those before the first success.
    db.signInAttempt.findMany({
      where: { emailKey: key, address: input.address, at: { gte: new Date(now.getTime() - PAIR_MEMORY_MS) } },
      orderBy: { at: 'desc' },
      take: PAIR_ROWS_READ,
      select: { succeeded: true, at: true },
    }),
  ]);
  const lastSuccess = pairRows.findIndex((row) => row.succeeded);
  const pairFailures = lastSuccess === -1 ? pairRows.length : lastSuccess;
  const delay = pairDelayMs(pairFailures, otherAddressFailures >= ACCOUNT_ALERT_FAILURES);
  const waitMs = delay > 0 ? pairRows[0]!.at.getTime() + delay - now.getTime() : 0;
  if (addressFailures >= MAX_FAILURES_PER_ADDRESS || waitMs > 0) {
    await db.auditEntry.create({
      data: {
        actorLabel: key,
        action: 'sign_in.throttled',
        address: input.address,
        detail: {
          otherAddressFailures,
          addressFailures,
          pairFailures,
          ...(waitMs > 0 ? { pairWaitSeconds: Math.ceil(waitMs / 1000) } : {}),
        },
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
    db.signInAttempt.create({ data: { emailKey: key, address: input.address, succeeded: valid, at: new Date() } }),
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
