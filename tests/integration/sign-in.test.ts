import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCredentials, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from '@/lib/auth/sign-in';
import { seedUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';

describe('checking credentials at sign-in', () => {
  let database: TestDatabase;
  const password = 'a long editor passphrase';

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedUser(database.db, { email: 'editor@test.local', role: 'EDITOR', password });
    await seedUser(database.db, { email: 'gone@test.local', role: 'EDITOR', password, active: false });
    await seedUser(database.db, { email: 'throttled@test.local', role: 'REVIEWER', password });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('signs in with the right password, whatever the case of the e-mail, and audits it', async () => {
    const result = await checkCredentials(database.db, { email: ' Editor@Test.Local ', password, address: '10.0.0.1' });
    expect(result).toMatchObject({ ok: true, user: { email: 'editor@test.local', role: 'EDITOR' } });
    expect(await database.db.auditEntry.count({ where: { action: 'sign_in', actorLabel: 'editor@test.local' } })).toBe(
      1,
    );
  });

  it('answers an e-mail with a NUL or other control character as a wrong password, not a database error', async () => {
    for (const email of ['nul\u0000@test.local', 'editor@test.local\u0001', 'line\nbreak@test.local']) {
      expect(await checkCredentials(database.db, { email, password, address: '10.0.0.9' })).toEqual({
        ok: false,
        reason: 'INVALID',
      });
    }
  });

  it('answers an unknown account exactly like a wrong password, and a deactivated one too', async () => {
    const wrong = await checkCredentials(database.db, {
      email: 'editor@test.local',
      password: 'wrong password!',
      address: '10.0.0.2',
    });
    const unknown = await checkCredentials(database.db, { email: 'nobody@test.local', password, address: '10.0.0.2' });
    const deactivated = await checkCredentials(database.db, {
      email: 'gone@test.local',
      password,
      address: '10.0.0.2',
    });
    expect(wrong).toEqual({ ok: false, reason: 'INVALID' });
    expect(unknown).toEqual(wrong);
    expect(deactivated).toEqual(wrong);
    expect(await database.db.auditEntry.count({ where: { action: 'sign_in.failed' } })).toBe(3);
  });

  it('throttles an account after repeated failures even when the address and other fields rotate', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      const result = await checkCredentials(database.db, {
        email: i % 2 ? 'THROTTLED@test.local' : 'throttled@test.local',
        password: `wrong-${i}`,
        address: `192.0.2.${i}`,
      });
      expect(result).toEqual({ ok: false, reason: 'INVALID' });
    }
    // Now even the right password is refused for a while.
    const blocked = await checkCredentials(database.db, {
      email: 'throttled@test.local',
      password,
      address: '198.51.100.1',
    });
    expect(blocked).toEqual({ ok: false, reason: 'THROTTLED' });
    expect(await database.db.auditEntry.count({ where: { action: 'sign_in.throttled' } })).toBe(1);
  });

  it('throttles an address that tries many accounts', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
      await checkCredentials(database.db, { email: `guess${i}@test.local`, password: 'x', address: '203.0.113.50' });
    }
    const result = await checkCredentials(database.db, {
      email: 'editor@test.local',
      password,
      address: '203.0.113.50',
    });
    expect(result).toEqual({ ok: false, reason: 'THROTTLED' });
    // The same account from elsewhere is unaffected.
    const elsewhere = await checkCredentials(database.db, {
      email: 'editor@test.local',
      password,
      address: '203.0.113.51',
    });
    expect(elsewhere.ok).toBe(true);
  }, 60_000);
});
