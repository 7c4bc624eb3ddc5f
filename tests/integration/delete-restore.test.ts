// Checklist 25: a deleted record is gone from the public pages while deleted, and restoring brings
// back identical content and relations — both only after review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor-type';
import { proposeDeletion } from '@/lib/changes/changes';
import { AppError } from '@/lib/errors';
import { projectKind } from '@/lib/records/project/record';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedEditorAndReviewer, submitAndApprove } from '@/tests/helpers/workflow';

let database: TestDatabase;
let editor: Actor;
let reviewer: Actor;
let getProjectPage: (slug: string) => Promise<unknown>;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase({ databaseUrl: database.url });
  ({ editor, reviewer } = await seedEditorAndReviewer(database.db));
  (globalThis as { cmsDb?: unknown }).cmsDb = database.db;
  ({ getProjectPage } = await import('@/lib/records/project/public'));
}, 120_000);

afterAll(async () => {
  delete (globalThis as { cmsDb?: unknown }).cmsDb;
  await database.drop();
});

const load = (id: string) => database.db.$transaction((tx) => projectKind.load(tx, id));

const approve = (change: { id: string }) => submitAndApprove(database.db, editor, reviewer, change.id);

describe('delete and restore', () => {
  it('hides a deleted project from the public only after approval, and restores it unchanged', async () => {
    const project = await database.db.project.findUniqueOrThrow({ where: { slug: 'beibin-road-east-extension' } });
    const before = (await load(project.id))!;
    expect(await getProjectPage(project.slug)).not.toBeNull();

    const deletion = await proposeDeletion(database.db, editor, {
      recordType: 'PROJECT',
      recordId: project.id,
      baseVersion: before.version,
      restore: false,
    });
    // Proposed, not yet approved: still public.
    expect(await getProjectPage(project.slug)).not.toBeNull();
    await approve(deletion);
    expect(await getProjectPage(project.slug)).toBeNull();
    const deleted = (await load(project.id))!;
    expect(deleted.deletedAt).not.toBeNull();

    const again = await proposeDeletion(database.db, editor, {
      recordType: 'PROJECT',
      recordId: project.id,
      baseVersion: deleted.version,
      restore: false,
    }).catch((e: unknown) => e);
    expect((again as AppError).code).toBe('CONFLICT');

    const restore = await proposeDeletion(database.db, editor, {
      recordType: 'PROJECT',
      recordId: project.id,
      baseVersion: deleted.version,
      restore: true,
    });
    await approve(restore);
    const after = (await load(project.id))!;
    expect(after.deletedAt).toBeNull();
    expect(after.data).toEqual(before.data);
    expect(await getProjectPage(project.slug)).not.toBeNull();
    const history = await database.db.revision.findMany({
      where: { recordId: project.id },
      orderBy: { version: 'asc' },
      select: { version: true, change: { select: { action: true } } },
    });
    expect(history.map((r) => r.change?.action ?? 'SEED')).toEqual(['SEED', 'DELETE', 'RESTORE']);
  });
});
