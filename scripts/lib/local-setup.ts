// First-start conveniences for a local `npm start`: a session-signing secret and one demo account
// per role, with random passwords printed once and kept in .data/ (git-ignored). Nothing here is
// baked into configuration: a deployment sets NEXTAUTH_SECRET and creates its own users.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createPrismaClient } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { SECOND_FACTOR_ROLES } from '@/lib/auth/second-factor-roles';
import { newTotpSecret } from '@/lib/auth/totp';
import { createUser } from '@/lib/users/create-user';

const DATA_DIR = '.data';

export async function localAuthSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, 'auth-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret + '\n', { mode: 0o600 });
  return secret;
}

const DEMO_ACCOUNTS: Array<{ role: Role; email: string; name: string }> = [
  { role: 'ADMIN', email: 'admin@demo.local', name: '演示管理员' },
  { role: 'EDITOR', email: 'editor@demo.local', name: '演示编辑' },
  { role: 'REVIEWER', email: 'reviewer@demo.local', name: '演示审核员' },
];

/** Creates the demo accounts when the database has no user yet; returns where their passwords are. */
export async function ensureDemoAccounts(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const file = path.join(DATA_DIR, 'demo-accounts.txt');
  const db = createPrismaClient(databaseUrl);
  try {
    if ((await db.user.count()) > 0) {
      if (existsSync(file)) log(`demo accounts: see ${file}`);
      return;
    }
    const lines = [
      '# Demo accounts created at first start (change or deactivate them in user management).',
      '# Admin and reviewer sign-ins ask for a code: `npm run totp` prints the current ones,',
      '# or add the TOTP key to an authenticator app.',
    ];
    for (const account of DEMO_ACCOUNTS) {
      const password = randomBytes(12).toString('base64url');
      const totpSecret = SECOND_FACTOR_ROLES.includes(account.role) ? newTotpSecret() : undefined;
      await createUser(db, { ...account, password, totpSecret, actorLabel: 'system:start' });
      lines.push(`${account.role.padEnd(8)} ${account.email}  ${password}${totpSecret ? `  TOTP ${totpSecret}` : ''}`);
    }
    await mkdir(DATA_DIR, { recursive: true });
    await writeFile(file, lines.join('\n') + '\n', { mode: 0o600 });
    log(
      `demo accounts created (also saved in ${file}):\n${lines
        .filter((l) => !l.startsWith('#'))
        .map((l) => `    ${l}`)
        .join('\n')}`,
    );
  } finally {
    await db.$disconnect();
  }
}
