import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, newTotpSecret, otpauthUri, timeStep, totpCode, verifyTotp } from './totp';

// RFC 6238 appendix B: the SHA-1 secret is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors (last six digits)', () => {
    const vectors: Array<[number, string]> = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
    ];
    for (const [seconds, eight] of vectors) expect(totpCode(RFC_SECRET, timeStep(seconds * 1000))).toBe(eight.slice(2));
  });

  it('round-trips base32', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
  });

  it('accepts the current code and one step of drift, never a used or older step', () => {
    const at = 1_700_000_000_000;
    const now = timeStep(at);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now), null, at)).toBe(now);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 1), null, at)).toBe(now - 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 2), null, at)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now), now, at)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 1), now, at)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '12345', null, at)).toBeNull();
    expect(verifyTotp(RFC_SECRET, 'abcdef', null, at)).toBeNull();
  });

  it('builds an otpauth URI for authenticator apps', () => {
    expect(otpauthUri('ABC', 'a@b.c')).toBe(
      'otpauth://totp/%E6%B1%9F%E5%8C%97%E6%95%B0%E6%8D%AE%3Aa%40b.c?secret=ABC&issuer=%E6%B1%9F%E5%8C%97%E6%95%B0%E6%8D%AE&algorithm=SHA1&digits=6&period=30',
    );
  });
});
