// Checklist item 26: `pg_dump` while changes are being published, restored into an empty database,
// is a consistent database: migrations report nothing to do, every published change has its
// revision; and a dump of the settled database restores to equal rows and identical public pages.
// pg_dump cannot dump a server newer than itself. The embedded PostgreSQL ships no pg_dump, so when
// the machine's pg_dump is older than the test server, these tests use the machine's own PostgreSQL
// (BACKUP_TEST_SERVER_URL, by default the local one on port 5432) when its version matches; where
// there is none, they are skipped with the reason in the run's output.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { recordKind } from '@/lib/records/kinds';
import { seedDatabase } from '@/lib/seed/seed-database';
import { saveChange } from '@/lib/changes/changes';
import { createTestDatabase, testServerUrl, type TestDatabase } from '@/tests/helpers/database';
import { seedEditorAndReviewer, submitAndApprove } from '@/tests/helpers/workflow';

const run = promisify(execFile);

async function majorVersionOf(command: string): Promise<number | null> {
  try {
    const { stdout } = await run(command, ['--version']);
    return Number(/(\d+)\.\d+/.exec(stdout)?.[1] ?? NaN);
  } catch {
    return null;
  }
}

async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
  await client.end();
  return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
}

/** Row count and an order-independent digest of every table's content. */
async function tableDigests(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const digests: Record<string, string> = {};
    for (const { tablename } of tables) {
      const { rows } = await client.query<{ rows: string; digest: string | null }>(
        `SELECT count(*) AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${tablename}" t`,
      );
      digests[tablename] = `${rows[0]!.rows} rows, ${rows[0]!.digest ?? 'empty'}`;
    }
    return digests;
  } finally {
    await client.end();
  }
}

async function publicPages(db: Db) {
  (globalThis as { cmsDb?: Db }).cmsDb = db;
  try {
    const { getHomePageData } = await import('@/lib/public/home');
    const { getTopicPage } = await import('@/lib/public/topics');
    const { getMetricPage } = await import('@/lib/records/metric/public');
    const { getSourcePage } = await import('@/lib/public/sources');
    return JSON.stringify([
      await getHomePageData(),
      await getTopicPage('economy'),
      await getMetricPage('gdp'),
      await getSourcePage('jiangbei-yearbook-2020'),
    ]);
  } finally {
    delete (globalThis as { cmsDb?: Db }).cmsDb;
  }
}

const LOCAL_SERVER_URL = process.env.BACKUP_TEST_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The first server pg_dump can dump: the test server, else the machine's own; or why there is none. */
async function dumpableServer(): Promise<{ url: string } | { skip: string }> {
  const dumpVersion = await majorVersionOf('pg_dump');
  if (dumpVersion === null) return { skip: 'pg_dump is not installed' };
  const versions: string[] = [];
  for (const url of [testServerUrl(), LOCAL_SERVER_URL]) {
    const version = await serverMajorVersion(url).catch(() => null);
    if (version !== null && dumpVersion >= version) return { url };
    versions.push(`${url.replace(/\/\/[^@]*@/, '//')}: ${version ?? 'unreachable'}`);
  }
  return { skip: `pg_dump ${dumpVersion} is older than every server (${versions.join('; ')})` };
}

// Set in beforeAll unless the tests are skipped.
let source!: TestDatabase;
let serverUrl: string;
let skipReason: string | null = null;
let workDir: string;

beforeAll(async () => {
  const server = await dumpableServer();
  if ('skip' in server) {
    skipReason = `backup tests skipped: ${server.skip}`;
    console.warn(skipReason);
    return;
  }
  serverUrl = server.url;
  source = await createTestDatabase({ serverUrl });
  await seedDatabase({ databaseUrl: source.url });
  workDir = await mkdtemp(path.join(os.tmpdir(), 'cms-backup-'));
}, 120_000);

afterAll(async () => {
  await source?.drop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function restore(file: string): Promise<TestDatabase> {
  const target = await createTestDatabase({ migrate: false, serverUrl });
  await run('pg_restore', ['--no-owner', '--exit-on-error', '--dbname', target.url, file]);
  return target;
}

describe('backup and restore', () => {
  it('restores a dump taken while changes are published into a consistent database', async (context) => {
    if (skipReason) return context.skip(skipReason);
    const { editor, reviewer } = await seedEditorAndReviewer(source.db);
    const kind = recordKind('PROJECT');
    const project = await source.db.project.findFirstOrThrow({ orderBy: { slug: 'asc' } });
    let writing = true;
    let published = 0;
    const writes = (async () => {
      while (writing) {
        const current = (await source.db.$transaction((tx) => kind.load(tx, project.id)))!;
        const change = await saveChange(source.db, editor, {
          recordType: 'PROJECT',
          recordId: project.id,
          baseVersion: current.version,
          changeId: null,
          changeVersion: null,
          data: { ...(current.data as object), description: `备份期间的第 ${published + 1} 次修改` },
        });
        await submitAndApprove(source.db, editor, reviewer, change.id);
        published++;
      }
    })();
    const file = path.join(workDir, 'during-writes.dump');
    while (published < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    await run('pg_dump', ['--format=custom', '--file', file, source.url]);
    writing = false;
    await writes;

    const restored = await restore(file);
    try {
      expect((await migrateDatabase({ databaseUrl: restored.url })).applied).toEqual([]);
      const publishedChanges = await restored.db.change.count({ where: { status: 'PUBLISHED' } });
      expect(publishedChanges).toBeGreaterThanOrEqual(2);
      expect(await restored.db.revision.count({ where: { changeId: { not: null } } })).toBe(publishedChanges);
      const restoredProject = await restored.db.project.findUniqueOrThrow({ where: { id: project.id } });
      const revisions = await restored.db.revision.count({ where: { recordId: project.id } });
      expect(restoredProject.version).toBe(revisions);
    } finally {
      await restored.drop();
    }
  }, 120_000);

  it('restores a settled database to equal rows and identical public pages', async (context) => {
    if (skipReason) return context.skip(skipReason);
    const file = path.join(workDir, 'settled.dump');
    await run('pg_dump', ['--format=custom', '--file', file, source.url]);
    const restored = await restore(file);
    try {
      expect(await tableDigests(restored.url)).toEqual(await tableDigests(source.url));
      const restoredDb = createPrismaClient(restored.url);
      try {
        expect(await publicPages(restoredDb)).toBe(await publicPages(source.db));
      } finally {
        await restoredDb.$disconnect();
      }
    } finally {
      await restored.drop();
    }
  }, 120_000);
});
