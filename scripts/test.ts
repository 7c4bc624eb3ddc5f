// npm test — every test against real parts: unit tests, integration tests on a real PostgreSQL,
// and Playwright journeys in Chromium against the production build.
// With DATABASE_URL set, its server hosts the throw-away test databases; otherwise an embedded
// PostgreSQL is started in a temporary folder and removed afterwards.
//   npm test                        everything
//   npm run test:unit [-- files]    no database needed
//   npm run test:integration [-- files]
//   npm run test:e2e [-- e2e/home.spec.ts]
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { migrateDatabase } from '@/lib/db/migrate';
import { seedDatabase } from '@/lib/seed/seed-database';
import { ensureBuild } from './lib/build';
import {
  assertLocalServer,
  dropDatabase,
  ensureDatabase,
  openDatabaseServer,
  type DatabaseServer,
} from './lib/database';
import { findFreePort } from './lib/embedded-postgres';
import { runForExitCode } from './lib/processes';

type Mode = 'unit' | 'integration' | 'e2e' | 'all';
type Tally = { passed: number; failed: number; skipped: number };

const log = (line: string) => console.log(`[test] ${line}`);

async function main(): Promise<number> {
  const mode = (process.argv[2] ?? 'all') as Mode;
  const extra = process.argv.slice(3);
  if (!['unit', 'integration', 'e2e', 'all'].includes(mode)) throw new Error(`unknown test mode ${mode}`);
  await rm('test-results', { recursive: true, force: true });

  const tallies: Tally[] = [];
  let exitCode = 0;
  const needsDatabase = mode !== 'unit';
  const server: DatabaseServer | null = needsDatabase ? await openDatabaseServer({ purpose: 'test', log }) : null;
  const stop = async () => server?.stop();
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    if (server) assertLocalServer(server.serverUrl);
    if (mode === 'unit' || mode === 'integration' || mode === 'all') {
      const targets =
        extra.length > 0 ? extra : mode === 'unit' ? ['lib'] : mode === 'integration' ? ['tests/integration'] : [];
      const code = await runForExitCode(
        'npx',
        [
          'vitest',
          'run',
          '--reporter=default',
          '--reporter=json',
          '--outputFile.json=test-results/vitest.json',
          ...targets,
        ],
        { env: { TEST_DATABASE_SERVER_URL: server?.serverUrl } },
      );
      tallies.push(await vitestTally());
      if (code !== 0) exitCode = code;
    }
    if (server && (mode === 'e2e' || mode === 'all')) {
      const code = await runE2e(server.serverUrl, mode === 'e2e' ? extra : []);
      tallies.push(await playwrightTally());
      if (code !== 0) exitCode = code;
    }
  } finally {
    await stop();
  }
  const total = tallies.reduce(
    (sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  if (total.passed + total.failed === 0) exitCode = exitCode || 1;
  // The closing line CI reads: "N passed, N failed".
  console.log(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return exitCode;
}

async function runE2e(serverUrl: string, files: string[]): Promise<number> {
  const name = `cms_e2e_${randomBytes(6).toString('hex')}`;
  const databaseUrl = await ensureDatabase(serverUrl, name);
  try {
    await migrateDatabase({ databaseUrl });
    await seedDatabase({ databaseUrl, log });
    await ensureBuild(databaseUrl, log);
    const port = await findFreePort(0);
    return await runForExitCode('npx', ['playwright', 'test', ...files], {
      env: {
        E2E_DATABASE_URL: databaseUrl,
        E2E_PORT: String(port),
        E2E_AUTH_SECRET: randomBytes(32).toString('hex'),
        E2E_CACHE_REFRESH_TOKEN: randomBytes(32).toString('hex'),
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
  } finally {
    await dropDatabase(serverUrl, name);
  }
}

async function readJson(file: string): Promise<unknown> {
  return existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : null;
}

async function vitestTally(): Promise<Tally> {
  const report = (await readJson('test-results/vitest.json')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  } | null;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

type PlaywrightSuite = {
  specs?: Array<{
    title: string;
    file: string;
    line: number;
    tests: Array<{ timeout: number; results: Array<{ duration: number }> }>;
  }>;
  suites?: PlaywrightSuite[];
};

/**
 * The journeys that came closest to their time limit. A journey must hold on a busy 2-core
 * machine, so one that needs more than half of its limit is named here on every run.
 */
function reportTimeLimits(suites: PlaywrightSuite[]) {
  const runs: Array<{ name: string; share: number; seconds: number; limit: number }> = [];
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        for (const result of test.results) {
          if (test.timeout <= 0) continue;
          const name = `${spec.file}:${spec.line} ${spec.title}`;
          runs.push({
            name,
            share: result.duration / test.timeout,
            seconds: result.duration / 1000,
            limit: test.timeout / 1000,
          });
        }
      }
    }
    suite.suites?.forEach(walk);
  };
  suites.forEach(walk);
  runs.sort((a, b) => b.share - a.share);
  const over = runs.filter((run) => run.share > 0.5);
  log(`journeys over half their time limit: ${over.length} of ${runs.length}; closest to their limit:`);
  for (const run of runs.slice(0, 5)) {
    log(`  ${(run.share * 100).toFixed(0)}% (${run.seconds.toFixed(1)} s of ${run.limit} s) ${run.name}`);
  }
}

async function playwrightTally(): Promise<Tally> {
  const report = (await readJson('test-results/playwright.json')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    suites: PlaywrightSuite[];
  } | null;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  reportTimeLimits(report.suites);
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
