// Builds the Next.js app only when its inputs changed since the last build, so that a second
// `npm start` starts at once and a pulled change is never served from a stale build.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from './processes';

const INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
  'prisma/schema.prisma',
];
const SKIP = new Set(['node_modules', 'generated', '.next']);
const FINGERPRINT_FILE = path.join('.next', 'cms-build-fingerprint');

async function listFiles(entry: string): Promise<string[]> {
  if (!existsSync(entry)) return [];
  const stat = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (stat === null) return [entry];
  const nested = await Promise.all(
    stat
      .filter((child) => !SKIP.has(child.name) && !child.name.endsWith('.test.ts'))
      .map((child) => listFiles(path.join(entry, child.name))),
  );
  return nested.flat();
}

export async function buildFingerprint(): Promise<string> {
  const files = (await Promise.all(INPUTS.map(listFiles))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

/**
 * The build renders the cached public pages once as a check, so it reads `databaseUrl`; what it
 * renders is never served (the page cache starts empty), so one build serves any database.
 */
export async function ensureBuild(databaseUrl: string, log: (line: string) => void): Promise<void> {
  const fingerprint = await buildFingerprint();
  const previous = existsSync(FINGERPRINT_FILE) ? (await readFile(FINGERPRINT_FILE, 'utf8')).trim() : null;
  if (previous === fingerprint && existsSync(path.join('.next', 'BUILD_ID'))) {
    log('production build is up to date');
    return;
  }
  log('building the site (next build); this takes a minute or two the first time…');
  await run('npx', ['next', 'build'], { env: { NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: databaseUrl } });
  await writeFile(FINGERPRINT_FILE, fingerprint + '\n');
}
