// Password hashing (argon2id at OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane) and the
// password policy of ASVS level 2: at least 8 characters (15 recommended), long and pasted
// passwords accepted, passwords on the shipped breached-password list refused.
import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength, passwordMessages } from './password-rules';

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';

// Algorithm.Argon2id; the package declares it as a const enum, which isolated modules cannot import.
const ARGON2ID = 2;
export const PASSWORD_HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

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
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return passwordMessages.tooShort;
  if (length > PASSWORD_MAX_LENGTH) return passwordMessages.tooLong;
  if (isCommonPassword(password)) return passwordMessages.breached;
  return null;
}
