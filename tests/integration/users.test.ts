// User management against PostgreSQL: only admins may manage users, changes take effect at once
// (session version), the last active admin is protected, and stale edits are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCredentials } from '@/lib/auth/sign-in';
import type { Actor } from '@/lib/auth/actor-type';
import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import { changeRole, inviteUser, listUsers, resetPassword, setUserActive } from '@/lib/users/manage-users';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedUser } from '@/tests/helpers/factories';

let database: TestDatabase;
let counter = 0;

async function makeUser(role: Role) {
  counter += 1;
  const user = await seedUser(database.db, {
    email: `user${counter}@test.local`,
    role,
    password: 'a long enough passphrase',
  });
  const actor: Actor = { id: user.id, email: user.email, role, address: '198.51.100.4' };
  return { user, actor };
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const fresh = (id: string) => database.db.user.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

describe('who may manage users', () => {
  it('refuses editors, reviewers and anonymous callers for every action', async () => {
    const { user: target } = await makeUser('EDITOR');
    for (const role of ['EDITOR', 'REVIEWER', null] as const) {
      const actor = role ? (await makeUser(role)).actor : null;
      const attempts = [
        inviteUser(database.db, actor, { email: `x${counter}@test.local`, name: '某人', role: 'ADMIN' }),
        changeRole(database.db, actor, { userId: target.id, version: target.version, role: 'ADMIN' }),
        setUserActive(database.db, actor, { userId: target.id, version: target.version, active: false }),
        resetPassword(database.db, actor, { userId: target.id, version: target.version }),
        listUsers(database.db, actor, { page: 1 }),
      ];
      for (const attempt of attempts) expect((await failure(attempt)).code).toBe('FORBIDDEN');
    }
    expect(await fresh(target.id)).toMatchObject({ role: 'EDITOR', active: true, version: 1 });
  });
});

describe('an admin', () => {
  it('invites a user with a temporary password that signs in, and refuses a duplicate e-mail', async () => {
    const { actor } = await makeUser('ADMIN');
    const { user, temporaryPassword } = await inviteUser(database.db, actor, {
      email: '  New.Editor@Test.Local ',
      name: '新编辑',
      role: 'EDITOR',
    });
    expect(user.email).toBe('new.editor@test.local');
    const signIn = await checkCredentials(database.db, {
      email: user.email,
      password: temporaryPassword,
      address: '198.51.100.9',
    });
    expect(signIn.ok).toBe(true);
    const duplicate = await failure(
      inviteUser(database.db, actor, { email: 'new.editor@test.local', name: '重复', role: 'EDITOR' }),
    );
    expect(duplicate.details.fieldErrors).toEqual({ email: '该邮箱已有账户' });
    const invalid = await failure(inviteUser(database.db, actor, { email: 'not-an-email', name: '', role: 'OWNER' }));
    expect(Object.keys(invalid.details.fieldErrors as object).sort()).toEqual(['email', 'name', 'role']);
  });

  it('changes a role and resets a password, ending the user’s existing sessions', async () => {
    const { actor } = await makeUser('ADMIN');
    const { user } = await makeUser('EDITOR');
    const promoted = await changeRole(database.db, actor, { userId: user.id, version: user.version, role: 'REVIEWER' });
    expect(promoted).toMatchObject({ role: 'REVIEWER', sessionVersion: user.sessionVersion + 1 });
    const { temporaryPassword } = await resetPassword(database.db, actor, {
      userId: user.id,
      version: promoted.version,
    });
    const after = await fresh(user.id);
    expect(after.sessionVersion).toBe(user.sessionVersion + 2);
    expect(
      (
        await checkCredentials(database.db, {
          email: user.email,
          password: 'a long enough passphrase',
          address: '198.51.100.10',
        })
      ).ok,
    ).toBe(false);
    expect(
      (
        await checkCredentials(database.db, {
          email: user.email,
          password: temporaryPassword,
          address: '198.51.100.11',
        })
      ).ok,
    ).toBe(true);
    const actions = await database.db.auditEntry.findMany({ where: { actorId: actor.id }, orderBy: { id: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['user.role_change', 'user.password_reset']);
  });

  it('deactivates a user, who can then no longer sign in', async () => {
    const { actor } = await makeUser('ADMIN');
    const { user } = await makeUser('REVIEWER');
    await setUserActive(database.db, actor, { userId: user.id, version: user.version, active: false });
    expect(await fresh(user.id)).toMatchObject({ active: false, sessionVersion: user.sessionVersion + 1 });
    const signIn = await checkCredentials(database.db, {
      email: user.email,
      password: 'a long enough passphrase',
      address: '198.51.100.12',
    });
    expect(signIn.ok).toBe(false);
  });

  it('refuses a change made on a stale view of the user', async () => {
    const { actor } = await makeUser('ADMIN');
    const { user } = await makeUser('EDITOR');
    await changeRole(database.db, actor, { userId: user.id, version: user.version, role: 'REVIEWER' });
    const stale = await failure(
      setUserActive(database.db, actor, { userId: user.id, version: user.version, active: false }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((await fresh(user.id)).active).toBe(true);
  });
});

describe('the last active admin', () => {
  it('can be neither demoted nor deactivated, while another admin can', async () => {
    const isolated = await createTestDatabase();
    try {
      const one = await seedUser(isolated.db, {
        email: 'one@test.local',
        role: 'ADMIN',
        password: 'a long enough passphrase',
      });
      const two = await seedUser(isolated.db, {
        email: 'two@test.local',
        role: 'ADMIN',
        password: 'a long enough passphrase',
      });
      const actorOne: Actor = { id: one.id, email: one.email, role: 'ADMIN' };
      await setUserActive(isolated.db, actorOne, { userId: two.id, version: two.version, active: false });
      const demote = await failure(
        changeRole(isolated.db, actorOne, { userId: one.id, version: one.version, role: 'EDITOR' }),
      );
      expect(demote.code).toBe('CONFLICT');
      expect(demote.message).toContain('最后一位在职管理员');
      const deactivate = await failure(
        setUserActive(isolated.db, actorOne, { userId: one.id, version: one.version, active: false }),
      );
      expect(deactivate.code).toBe('CONFLICT');
      expect(await isolated.db.user.findUniqueOrThrow({ where: { id: one.id } })).toMatchObject({
        role: 'ADMIN',
        active: true,
      });
    } finally {
      await isolated.drop();
    }
  });
});
