// Own password change against PostgreSQL with real argon2id (ASVS 6.2.2–6.2.4): the current password
// is required, the new one must pass the policy and the shipped breached-password list, and a
// success replaces the hash, ends other sessions, clears an admin's temporary-password flag and is
// audited. A user invited (or reset) by an admin can do nothing but change the temporary password.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { actorOf, loadSessionUser, type SessionClaims } from '@/lib/auth/session-user';
import { checkCredentials } from '@/lib/auth/sign-in';
import type { Actor } from '@/lib/auth/actor-type';
import { saveChange } from '@/lib/changes/changes';
import { AppError } from '@/lib/errors';
import { changeOwnPassword } from '@/lib/users/change-password';
import { inviteUser, resetPassword } from '@/lib/users/manage-users';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedUser } from '@/tests/helpers/factories';

let database: TestDatabase;
let counter = 0;
const OLD = 'the old passphrase of this account';
const NEW = '江北区的新密码足够长也不常见';
const address = () => `203.0.113.${(counter += 1)}`;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function makeUser(role: 'ADMIN' | 'EDITOR' = 'EDITOR') {
  counter += 1;
  const user = await seedUser(database.db, { email: `pw${counter}@test.local`, role, password: OLD });
  return { ...user, who: { id: user.id, email: user.email, address: '198.51.100.7' } };
}

const fresh = (id: string) => database.db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });

/** The claims next-auth would carry for a session signed in now at the user's current version. */
async function sessionOf(userId: string, sid: string = randomUUID()): Promise<SessionClaims> {
  const { sessionVersion } = await fresh(userId);
  return { uid: userId, sv: sessionVersion, sid, mfa: false, signedInAt: Math.floor(Date.now() / 1000) };
}

const newTopic = (slug: string) => ({
  recordType: 'TOPIC' as const,
  recordId: null,
  baseVersion: null,
  changeId: null,
  changeVersion: null,
  data: { slug, nameZh: '测试专题', nameEn: 'Test topic', description: '', sortOrder: 0 },
});

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

describe('changing one’s own password', () => {
  it('refuses a wrong current password next to its field and changes nothing', async () => {
    const user = await makeUser();
    const error = await failure(
      changeOwnPassword(database.db, user.who, {
        currentPassword: 'not the password',
        newPassword: NEW,
        confirmPassword: NEW,
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.details.fieldErrors).toEqual({ currentPassword: '当前密码不正确。' });
    const after = await fresh(user.id);
    expect(await verifyPassword(after.passwordHash, OLD)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion);
    expect(await database.db.auditEntry.count({ where: { actorId: user.id } })).toBe(0);
  });

  it('refuses a password from the breached list, the e-mail, and a mistyped confirmation', async () => {
    const user = await makeUser();
    const attempt = (newPassword: string, confirmPassword = newPassword) =>
      failure(changeOwnPassword(database.db, user.who, { currentPassword: OLD, newPassword, confirmPassword }));
    // On the shipped list (the old hand-made list had none of these).
    for (const breached of ['Sunshine1', 'michael1', 'qwerty123456', 'iloveyou2']) {
      expect((await attempt(breached)).details.fieldErrors).toEqual({ newPassword: expect.stringMatching(/已泄露/) });
    }
    expect((await attempt(user.email.toUpperCase())).details.fieldErrors).toEqual({
      newPassword: '新密码不能与邮箱相同。',
    });
    expect((await attempt(OLD)).details.fieldErrors).toEqual({ newPassword: '新密码不能与当前密码相同。' });
    expect((await attempt(NEW, `${NEW} `)).details.fieldErrors).toEqual({
      confirmPassword: '两次输入的新密码不一致。',
    });
    // A wrong current password shows together with the new password's problem.
    const both = await failure(
      changeOwnPassword(database.db, user.who, {
        currentPassword: 'wrong',
        newPassword: 'password1',
        confirmPassword: 'password1',
      }),
    );
    expect(Object.keys(both.details.fieldErrors as object).sort()).toEqual(['currentPassword', 'newPassword']);
    expect(await verifyPassword((await fresh(user.id)).passwordHash, OLD)).toBe(true);
  });

  it('refuses anonymous callers and unknown fields', async () => {
    const user = await makeUser();
    const input = { currentPassword: OLD, newPassword: NEW, confirmPassword: NEW };
    expect((await failure(changeOwnPassword(database.db, null, input))).code).toBe('FORBIDDEN');
    const extra = await failure(changeOwnPassword(database.db, user.who, { ...input, mustChangePassword: true }));
    expect(extra.code).toBe('VALIDATION');
  });

  it('replaces the hash, bumps the session version, audits, and only the new password signs in', async () => {
    const user = await makeUser();
    const oldSession = await sessionOf(user.id);
    expect(await loadSessionUser(database.db, oldSession)).not.toBeNull();
    const before = await fresh(user.id);

    const result = await changeOwnPassword(database.db, user.who, {
      currentPassword: OLD,
      newPassword: NEW,
      confirmPassword: NEW,
    });
    expect(result).toEqual({ sessionVersion: before.sessionVersion + 1, forced: false });

    const after = await fresh(user.id);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(after.passwordChangedAt.getTime()).toBeGreaterThan(before.passwordChangedAt.getTime());
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(false);
    // Every session issued before the change has ended (the changing one is re-issued by next-auth).
    expect(await loadSessionUser(database.db, oldSession)).toBeNull();

    const audit = await database.db.auditEntry.findMany({ where: { actorId: user.id } });
    expect(audit).toMatchObject([
      { action: 'user.password_change', actorLabel: user.email, address: '198.51.100.7', detail: { forced: false } },
    ]);
    expect(JSON.stringify(audit.map((entry) => entry.detail))).not.toContain(NEW);

    const signIn = (password: string) =>
      checkCredentials(database.db, { email: user.email, password, address: address() });
    expect((await signIn(OLD)).ok).toBe(false);
    expect((await signIn(NEW)).ok).toBe(true);
    // The old password no longer counts as the current one for the next change.
    const again = await failure(
      changeOwnPassword(database.db, user.who, {
        currentPassword: OLD,
        newPassword: `${NEW}2`,
        confirmPassword: `${NEW}2`,
      }),
    );
    expect(again.details.fieldErrors).toEqual({ currentPassword: '当前密码不正确。' });
  });
});

describe('a temporary password from an admin', () => {
  it('must be changed before the invited user may do anything, and the change is audited as forced', async () => {
    const admin = await makeUser('ADMIN');
    const adminActor: Actor = { id: admin.id, email: admin.email, role: 'ADMIN', address: '198.51.100.1' };
    const { user, temporaryPassword } = await inviteUser(database.db, adminActor, {
      email: 'invited.editor@test.local',
      name: '受邀编辑',
      role: 'EDITOR',
    });
    expect((await fresh(user.id)).mustChangePassword).toBe(true);

    // The temporary password signs in, but the session may only change it.
    const signIn = await checkCredentials(database.db, {
      email: user.email,
      password: temporaryPassword,
      address: address(),
    });
    expect(signIn.ok).toBe(true);
    const session = await loadSessionUser(database.db, await sessionOf(user.id));
    expect(session).toMatchObject({ id: user.id, mustChangePassword: true });
    const actor = actorOf(session, '198.51.100.2');
    expect(actor).toBeNull();
    const refused = await failure(saveChange(database.db, actor, newTopic('before-change')));
    expect(refused.code).toBe('FORBIDDEN');
    expect(await database.db.change.count()).toBe(0);

    const who = { id: user.id, email: user.email, address: '198.51.100.2' };
    const result = await changeOwnPassword(database.db, who, {
      currentPassword: temporaryPassword,
      newPassword: NEW,
      confirmPassword: NEW,
    });
    expect(result.forced).toBe(true);
    const after = await fresh(user.id);
    expect(after.mustChangePassword).toBe(false);
    expect(
      await database.db.auditEntry.findMany({ where: { actorId: user.id, action: { startsWith: 'user.' } } }),
    ).toMatchObject([{ action: 'user.password_change_forced', detail: { forced: true } }]);

    // A session at the new version (the re-issued one) may now work.
    const renewed = actorOf(await loadSessionUser(database.db, await sessionOf(user.id)), '198.51.100.2');
    expect(renewed).toMatchObject({ id: user.id, role: 'EDITOR' });
    const change = await saveChange(database.db, renewed, newTopic('after-change'));
    expect(change.authorId).toBe(user.id);
  });

  it('is set again by an admin’s reset, and demo-style accounts created directly are not forced', async () => {
    const admin = await makeUser('ADMIN');
    const adminActor: Actor = { id: admin.id, email: admin.email, role: 'ADMIN' };
    const user = await makeUser();
    expect((await fresh(user.id)).mustChangePassword).toBe(false);
    const { temporaryPassword } = await resetPassword(database.db, adminActor, {
      userId: user.id,
      version: (await fresh(user.id)).version,
    });
    expect((await fresh(user.id)).mustChangePassword).toBe(true);
    expect(actorOf(await loadSessionUser(database.db, await sessionOf(user.id)), 'x')).toBeNull();
    await changeOwnPassword(database.db, user.who, {
      currentPassword: temporaryPassword,
      newPassword: NEW,
      confirmPassword: NEW,
    });
    expect((await fresh(user.id)).mustChangePassword).toBe(false);
  });
});
