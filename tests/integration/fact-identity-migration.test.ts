// The fact_identity migration gives parties that existed before parties had ids the very id the
// seed planner derives (partyId), so a database seeded before the migration and a fresh one agree
// and seeding again after the migration inserts no party twice.
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultMigrationsDir, migrateDatabase } from '@/lib/db/migrate';
import { partyId, stableId } from '@/lib/ids/stable-id';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';

const FACT_IDENTITY = '20261128000000_fact_identity';
let database: TestDatabase;
let before: string;

beforeAll(async () => {
  before = await mkdtemp(path.join(tmpdir(), 'cms-migrations-'));
  for (const entry of await readdir(defaultMigrationsDir)) {
    if (entry < FACT_IDENTITY)
      await cp(path.join(defaultMigrationsDir, entry), path.join(before, entry), { recursive: true });
  }
  database = await createTestDatabase({ migrate: false });
});

afterAll(async () => {
  await database.drop();
  await rm(before, { recursive: true, force: true });
});

it('gives existing parties the ids the seed derives', async () => {
  await migrateDatabase({ databaseUrl: database.url, migrationsDir: before });
  const [topic, organisation, project, agreement] = ['topic:t', 'org:o', 'project:p', 'agreement:a'].map(stableId);
  const sql = (query: string, ...values: unknown[]) => database.db.$executeRawUnsafe(query, ...values);
  await sql(`INSERT INTO "Topic" (id, slug, "nameZh", "nameEn") VALUES ($1::uuid, 't', '专题', 'Topic')`, topic);
  await sql(
    `INSERT INTO "Organisation" (id, slug, name, kind) VALUES ($1::uuid, 'o', '德阳市', 'REGION')`,
    organisation,
  );
  await sql(
    `INSERT INTO "Project" (id, slug, name, kind, "topicId") VALUES ($1::uuid, 'p', '项目', 'OTHER', $2::uuid)`,
    project,
    topic,
  );
  await sql(
    `INSERT INTO "Agreement" (id, slug, title, kind, domain, "topicId") VALUES ($1::uuid, 'a', '协议', 'OTHER', 'OTHER', $2::uuid)`,
    agreement,
    topic,
  );
  await sql(
    `INSERT INTO "ProjectParty" ("projectId", "organisationId", role) VALUES ($1::uuid, $2::uuid, 'PARTNER')`,
    project,
    organisation,
  );
  await sql(
    `INSERT INTO "AgreementParty" ("agreementId", "organisationId", side) VALUES ($1::uuid, $2::uuid, 'PARTNER')`,
    agreement,
    organisation,
  );

  const result = await migrateDatabase({ databaseUrl: database.url });
  expect(result.applied).toContain(FACT_IDENTITY);
  const projectParty = await database.db.projectParty.findFirstOrThrow({ where: { projectId: project } });
  const agreementParty = await database.db.agreementParty.findFirstOrThrow({ where: { agreementId: agreement } });
  expect(projectParty.id).toBe(partyId(project!, organisation!, 'PARTNER'));
  expect(agreementParty.id).toBe(partyId(agreement!, organisation!));
});
