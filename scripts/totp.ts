// npm run totp [-- KEY] — the current two-factor codes of the local demo accounts (or of one key),
// for signing in as the demo admin or reviewer without an authenticator app.
import { readFile } from 'node:fs/promises';
import { TOTP_STEP_SECONDS, timeStep, totpCode } from '@/lib/auth/totp';
import { runMain } from './lib/run-main';

runMain(async () => {
  const given = process.argv[2];
  const accounts = given
    ? [{ email: 'key', secret: given }]
    : (await readFile('.data/demo-accounts.txt', 'utf8'))
        .split('\n')
        .map((line) => /^\S+\s+(\S+)\s+\S+\s+TOTP\s+([A-Z2-7]+)/.exec(line))
        .flatMap((match) => (match ? [{ email: match[1]!, secret: match[2]! }] : []));
  if (accounts.length === 0)
    throw new Error('no TOTP keys: pass one, or run `npm start` once to create the demo accounts');
  const secondsLeft = TOTP_STEP_SECONDS - (Math.floor(Date.now() / 1000) % TOTP_STEP_SECONDS);
  for (const account of accounts) console.log(`${account.email.padEnd(24)} ${totpCode(account.secret, timeStep())}`);
  console.log(`(valid for ${secondsLeft} more seconds; each code signs in once)`);
});
