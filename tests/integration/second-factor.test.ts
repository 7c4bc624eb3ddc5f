// Second factor against PostgreSQL: an enrolled account needs a current code or an unused recovery
// code, each accepted once; enrollment ends existing sessions and gives ten one-time recovery codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginEnrollment, confirmEnrollment } from '@/lib/auth/second-factor';
import { checkCredentials } from '@/lib/auth/sign-in';
import { newTotpSecret, timeStep, totpCode } from '@/lib/auth/totp';
import { AppError } from '@/lib/errors';
import { resetSecondFactor } from '@/lib/users/manage-users';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedUser } from '@/tests/helpers/factories';

let database: TestDatabase;
const password = 'a long enough passphrase';
let counter = 0;
const address = () => `192.0.2.${(counter += 1)}`;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

describe('signing in with a second factor', () => {
  it('asks for the code after a right password, refuses a wrong one as a failure, and accepts each code once', async () => {
    const secret = newTotpSecret();
    const user = await seedUser(database.db, { email: 'two@test.local', role: 'ADMIN', password, totpSecret: secret });
    const attempt = (code?: string) =>
      checkCredentials(database.db, { email: user.email, password, code, address: address() });

    expect(await attempt()).toEqual({ ok: false, reason: 'CODE_REQUIRED' });
    expect(await checkCredentials(database.db, { email: user.email, password: 'wrong', address: address() })).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    const wrongCode = totpCode(secret, timeStep() + 5);
    expect(await attempt(wrongCode)).toEqual({ ok: false, reason: 'CODE_INVALID' });
    expect(await database.db.signInAttempt.count({ where: { emailKey: user.email, succeeded: false } })).toBe(2);

    const code = totpCode(secret, timeStep());
    expect(await attempt(code)).toMatchObject({ ok: true, secondFactor: true });
    // The same code again (a replayed or shoulder-surfed code) is refused.
    expect(await attempt(code)).toEqual({ ok: false, reason: 'CODE_INVALID' });
  });

  it('enrolls with a QR code and a first code, ends sessions, and gives recovery codes that work once', async () => {
    const user = await seedUser(database.db, { email: 'enrol@test.local', role: 'REVIEWER', password });
    const who = { id: user.id, email: user.email };
    const { secret, qrSvg, uri } = await beginEnrollment(database.db, who);
    expect(qrSvg).toContain('<svg');
    expect(uri).toContain(`secret=${secret}`);
    const wrong = await confirmEnrollment(database.db, who, '000000').catch((e: unknown) => e);
    expect((wrong as AppError).code).toBe('VALIDATION');

    const { recoveryCodes } = await confirmEnrollment(database.db, who, totpCode(secret, timeStep()));
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.sessionVersion).toBe(user.sessionVersion + 1);
    expect(stored.totpEnabledAt).not.toBeNull();
    const hashes = await database.db.recoveryCode.findMany({ where: { userId: user.id }, omit: { codeHash: false } });
    expect(hashes.every((h) => h.codeHash.startsWith('$argon2id$') && !recoveryCodes.includes(h.codeHash))).toBe(true);

    const withRecovery = () =>
      checkCredentials(database.db, {
        email: user.email,
        password,
        code: recoveryCodes[3]!.toLowerCase(),
        address: address(),
      });
    expect(await withRecovery()).toMatchObject({ ok: true, secondFactor: true });
    expect(await withRecovery()).toEqual({ ok: false, reason: 'CODE_INVALID' });
  });

  it('lets an admin reset a lost second factor, after which the password alone signs in', async () => {
    const admin = await seedUser(database.db, { email: 'boss@test.local', role: 'ADMIN', password });
    const user = await seedUser(database.db, {
      email: 'lost@test.local',
      role: 'EDITOR',
      password,
      totpSecret: newTotpSecret(),
    });
    await resetSecondFactor(
      database.db,
      { id: admin.id, email: admin.email, role: 'ADMIN' },
      {
        userId: user.id,
        version: user.version,
      },
    );
    expect(await checkCredentials(database.db, { email: user.email, password, address: address() })).toMatchObject({
      ok: true,
      secondFactor: false,
    });
    const refused = await resetSecondFactor(
      database.db,
      { id: user.id, email: user.email, role: 'EDITOR' },
      {
        userId: admin.id,
        version: admin.version,
      },
    ).catch((e: unknown) => e);
    expect((refused as AppError).code).toBe('FORBIDDEN');
  });
});
