import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCredentials, MAX_FAILURES_PER_ADDRESS } from '@/lib/auth/sign-in';
import { newTotpSecret, timeStep, totpCode } from '@/lib/auth/totp';
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

  /**
   * Failed attempts written straight into the table, as earlier requests would have left them:
   * `count` failures of the pair, one a second, the newest `secondsAgo` seconds ago. Delays are
   * measured against these timestamps, so no test has to sleep.
   */
  async function pastFailures(email: string, address: string, count: number, secondsAgo: number) {
    const newest = Date.now() - secondsAgo * 1000;
    await database.db.signInAttempt.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        emailKey: email,
        address,
        succeeded: false,
        at: new Date(newest - (count - 1 - i) * 1000),
      })),
    });
  }

  it('five and more wrong passwords for the admin from one address do not keep the admin out from another', async () => {
    const totpSecret = newTotpSecret();
    const admin = await seedUser(database.db, { email: 'admin@test.local', role: 'ADMIN', password, totpSecret });
    const attacker = '198.51.100.66';
    // Eight failures a few minutes ago (their delay has run out), then one more now.
    await pastFailures(admin.email, attacker, 8, 300);
    const ninth = await checkCredentials(database.db, { email: admin.email, password: 'guess', address: attacker });

    // The admin, from the office, signs in with password and code as usual.
    const office = '203.0.113.7';
    expect(await checkCredentials(database.db, { email: admin.email, password, address: office })).toEqual({
      ok: false,
      reason: 'CODE_REQUIRED',
    });
    expect(
      await checkCredentials(database.db, {
        email: admin.email,
        password,
        code: totpCode(totpSecret, timeStep()),
        address: office,
      }),
    ).toMatchObject({ ok: true, user: { email: admin.email, role: 'ADMIN' }, secondFactor: true });

    // The attacker's ninth guess was checked (and wrong); now its address waits, whatever it sends:
    // not even the right password and code are checked.
    expect(ninth).toEqual({ ok: false, reason: 'INVALID' });
    expect(
      await checkCredentials(database.db, {
        email: admin.email,
        password,
        code: totpCode(totpSecret, timeStep()),
        address: attacker,
      }),
    ).toEqual({ ok: false, reason: 'THROTTLED' });
    const throttled = await database.db.auditEntry.findFirstOrThrow({
      where: { action: 'sign_in.throttled', actorLabel: admin.email, address: attacker },
    });
    expect(throttled.detail).toMatchObject({ pairFailures: 9, pairWaitSeconds: expect.any(Number) });
  });

  it('delays an account and address pair more after each failure, up to 15 minutes, and forgets it on success', async () => {
    // [failures of the pair, seconds since the newest one, whether the next attempt is heard]
    const cases: Array<[number, number, boolean]> = [
      [3, 0, true], // three failures are free
      [4, 0, false], // then 1 s
      [4, 2, true],
      [6, 2, false], // 4 s
      [6, 5, true],
      [8, 12, false], // 16 s
      [8, 20, true],
      [10, 55, false], // 64 s
      [10, 70, true],
      [20, 14 * 60, false], // capped at 15 minutes
      [20, 15 * 60 + 5, true],
    ];
    for (const [index, [failures, secondsAgo, heard]] of cases.entries()) {
      // One account per case: together they would count as an attack on a single account.
      const email = `pair-${index}@test.local`;
      const address = `10.20.0.${index}`;
      await seedUser(database.db, { email, role: 'EDITOR', password });
      await pastFailures(email, address, failures, secondsAgo);
      const result = await checkCredentials(database.db, { email, password, address });
      expect({ failures, secondsAgo, result }).toEqual({
        failures,
        secondsAgo,
        result: heard ? expect.objectContaining({ ok: true }) : { ok: false, reason: 'THROTTLED' },
      });
      if (heard) {
        // A success wipes the pair's slate: the next wrong password is an ordinary failure.
        expect(await checkCredentials(database.db, { email, password: 'typo', address })).toEqual({
          ok: false,
          reason: 'INVALID',
        });
      }
    }
    // Growing delays hold for an unknown account in exactly the same way (nothing to learn from them).
    await pastFailures('nobody-pair@test.local', '10.20.1.1', 4, 0);
    expect(
      await checkCredentials(database.db, { email: 'nobody-pair@test.local', password, address: '10.20.1.1' }),
    ).toEqual({ ok: false, reason: 'THROTTLED' });
  }, 60_000);

  it('an attacker rotating many addresses against one account cannot block a sign-in from a clean address', async () => {
    const totpSecret = newTotpSecret();
    const target = await seedUser(database.db, { email: 'target@test.local', role: 'ADMIN', password, totpSecret });
    // 300 addresses, three failures each, all within the last minute: far beyond any account limit.
    for (let block = 0; block < 3; block += 1) {
      for (let host = 0; host < 100; host += 1) await pastFailures(target.email, `10.30.${block}.${host}`, 3, 30);
    }
    expect(await database.db.signInAttempt.count({ where: { emailKey: target.email, succeeded: false } })).toBe(900);
    // The owner, from an address with no failure for the account, signs in…
    const home = '192.0.2.200';
    expect(
      await checkCredentials(database.db, {
        email: target.email,
        password,
        code: totpCode(totpSecret, timeStep()),
        address: home,
      }),
    ).toMatchObject({ ok: true, user: { email: target.email }, secondFactor: true });
    // …while under such an attack each new attacking address has one guess before it must wait.
    const fresh = '10.31.0.1';
    expect(await checkCredentials(database.db, { email: target.email, password: 'guess', address: fresh })).toEqual({
      ok: false,
      reason: 'INVALID',
    });
    expect(await checkCredentials(database.db, { email: target.email, password: 'guess 2', address: fresh })).toEqual({
      ok: false,
      reason: 'THROTTLED',
    });
  }, 60_000);

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
