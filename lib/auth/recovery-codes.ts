// Recovery codes: ten one-time codes shown once at enrollment, stored only as argon2id hashes.
import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read off paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The canonical form of a typed recovery code (case and separators ignored), or null if it is not one. */
export function normalizeRecoveryCode(text: string): string | null {
  const clean = text.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{10}$/.test(clean)) return null;
  return `${clean.slice(0, 5)}-${clean.slice(5)}`;
}
