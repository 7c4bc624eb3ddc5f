// The breached-password list the project ships (lib/auth/breached-passwords.txt, ~18,000 entries):
// every password of at least 8 characters among the most common ones of public breach corpora.
// Where it comes from and its licences: lib/auth/breached-passwords.NOTICE.md. It is read once per
// server process, on first use, and never sent to the browser (node:fs keeps this module out of
// client bundles; no 'server-only' marker, because Playwright's test helpers hash passwords too).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { comparablePassword } from './password-rules';

const LIST_FILE = path.join(process.cwd(), 'lib', 'auth', 'breached-passwords.txt');

let list: Set<string> | null = null;

function breachedPasswords(): Set<string> {
  list ??= new Set(
    readFileSync(LIST_FILE, 'utf8')
      .split('\n')
      .filter((line) => line !== ''),
  );
  return list;
}

/** Whether the password (ignoring case and Unicode form) is on the shipped breached-password list. */
export function isCommonPassword(password: string): boolean {
  return breachedPasswords().has(comparablePassword(password));
}

export function breachedPasswordCount(): number {
  return breachedPasswords().size;
}
