// The password policy's limits and messages, without any server code, so that forms in the browser
// check the same rules as the server (which also checks the breached-password list).

export const PASSWORD_MIN_LENGTH = 8;
// Long enough for any passphrase; the bound only stops a megabyte "password" from burning CPU.
export const PASSWORD_MAX_LENGTH = 256;

export const passwordMessages = {
  tooShort: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符（建议 15 个以上）。`,
  tooLong: `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符。`,
  breached: '这个密码过于常见，出现在已泄露的密码列表中，容易被猜中，请换一个。',
} as const;

/** Length in characters (code points), so that a Chinese or emoji passphrase counts as typed. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** The form of a password that rules compare: Unicode-normalised (as hashed) and lower-cased. */
export function comparablePassword(password: string): string {
  return password.normalize('NFKC').toLowerCase();
}
