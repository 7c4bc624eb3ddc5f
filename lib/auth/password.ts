// Password hashing (argon2id at OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane) and the
// password policy of ASVS level 2: at least 8 characters (15 recommended), long and pasted
// passwords accepted, common passwords refused.
import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords';

// Algorithm.Argon2id; the package declares it as a const enum, which isolated modules cannot import.
const ARGON2ID = 2;
export const PASSWORD_HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN_LENGTH = 8;
// Long enough for any passphrase; the bound only stops a megabyte "password" from burning CPU.
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as a real verification, so an unknown account cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy password that never matches anything');
  await verifyPassword(await dummyHash, password);
  return false;
}

/** Chinese messages for the form; null when the password is acceptable. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符（建议 15 个以上）。`;
  if (length > PASSWORD_MAX_LENGTH) return `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符。`;
  if (isCommonPassword(password)) return '这个密码过于常见，容易被猜中，请换一个。';
  return null;
}
