// The fact desk's writes on a seeded database (issue 13): one draft per name of a list statement,
// all or none, each citing the statement and published by the normal review; names that already
// have a record, or that the quote does not state, are refused; a set-aside needs a second person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor-type';
import { decideChange, saveNewDrafts } from '@/lib/changes/changes';
import { AppError } from '@/lib/errors';
import { seedDatabase } from '@/lib/seed/seed-database';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedUser } from '@/tests/helpers/factories';

let database: TestDatabase;
let writes: typeof import('@/lib/fact-desk/writes');
let desk: typeof import('@/lib/fact-desk/desk');
const actors: Record<'editor' | 'reviewer' | 'admin', Actor> = {} as never;
let versionId: string;
let listQuote: { versionId: string; start: number; end: number };

const NEW_NAMES = ['南岸测试商业银行', '长江测试人寿', '嘉陵测试健康保险'];
const LIST_TEXT = `江北嘴新引进${NEW_NAMES.join('、')}等3家金融机构。`;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDatabase({ databaseUrl: database.url });
  (globalThis as { cmsDb?: unknown }).cmsDb = database.db;
  writes = await import('@/lib/fact-desk/writes');
  desk = await import('@/lib/fact-desk/desk');
  for (const role of ['editor', 'reviewer', 'admin'] as const) {
    const user = await seedUser(database.db, {
      email: `desk-${role}@test.local`,
      name: `事实台${role}`,
      role: role.toUpperCase() as Actor['role'],
      password: 'unused-Passw0rd-for-tests',
    });
    actors[role] = { id: user.id, email: user.email, role: user.role };
  }
  // A second version of the yearbook entry with a list of institutions no record names yet.
  const yearbook = await database.db.sourceDocument.findUniqueOrThrow({
    where: { slug: 'jiangbei-yearbook-2020' },
    select: { id: true, currentVersion: { select: { text: true } } },
  });
  const text = `${yearbook.currentVersion!.text}\n${LIST_TEXT}\n`;
  const version = await database.db.sourceVersion.create({
    data: {
      documentId: yearbook.id,
      number: 2,
      fileName: 'yearbook-with-list.txt',
      text,
      sha256: 'test-' + Date.now(),
      charCount: [...text].length,
      approvedAt: new Date(),
    },
  });
  versionId = version.id;
  const start = [...text].length - [...LIST_TEXT].length - 1;
  listQuote = { versionId, start, end: start + [...LIST_TEXT].length };
}, 120_000);

afterAll(async () => {
  delete (globalThis as { cmsDb?: unknown }).cmsDb;
  await database.drop();
});

describe('drafts from the names of a list statement', () => {
  it('creates one draft per name citing the statement, submitted, and publishes each on approval', async () => {
    const created = await writes.draftsFromNames(database.db, actors.editor, {
      quote: listQuote,
      recordType: 'ORGANISATION',
      names: NEW_NAMES,
      topicId: null,
      submit: true,
    });
    expect(created.map((change) => [change.title, change.status])).toEqual(
      NEW_NAMES.map((name) => [name, 'IN_REVIEW']),
    );
    for (const change of created) {
      const row = await database.db.change.findUniqueOrThrow({ where: { id: change.id } });
      const data = row.proposedData as {
        slug: string;
        kind: string;
        citations: Array<{ exact: string; start: number }>;
      };
      expect(data.slug).toMatch(/^[a-z0-9-]+$/u);
      expect(data.citations).toEqual([expect.objectContaining({ exact: LIST_TEXT, start: listQuote.start })]);
      await decideChange(database.db, actors.reviewer, {
        changeId: row.id,
        outcome: 'APPROVED',
        comment: '',
        contentHash: row.contentHash,
      });
    }
    const published = await database.db.organisation.findMany({
      where: { name: { in: NEW_NAMES } },
      select: { name: true, kind: true, status: true, citations: { select: { exact: true } } },
      orderBy: { name: 'asc' },
    });
    expect(published).toHaveLength(3);
    for (const org of published) {
      expect(org).toMatchObject({
        kind: 'FINANCIAL_INSTITUTION',
        status: 'PUBLISHED',
        citations: [{ exact: LIST_TEXT }],
      });
    }
    // The desk now counts the names as handled: each is a record citing this version.
    const view = await desk.getFactDesk(
      (await database.db.sourceVersion.findUniqueOrThrow({ where: { id: versionId } })).documentId,
      'all',
    );
    const statement = view!.statements.find((s) => s.text.includes(NEW_NAMES[0]!))!;
    expect(statement.nameChecks.filter((check) => NEW_NAMES.includes(check.text))).toEqual(
      NEW_NAMES.map((name) => expect.objectContaining({ text: name, covered: true })),
    );
  });

  it('refuses names that already have a record, and names the quote does not state, saving nothing', async () => {
    const before = await database.db.change.count();
    const existing = writes.draftsFromNames(database.db, actors.editor, {
      quote: listQuote,
      recordType: 'ORGANISATION',
      names: [NEW_NAMES[0]!],
      topicId: null,
      submit: false,
    });
    await expect(existing).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('已有记录') });
    const absent = writes.draftsFromNames(database.db, actors.editor, {
      quote: listQuote,
      recordType: 'PROJECT',
      names: ['不存在的工程'],
      topicId: (await database.db.topic.findFirstOrThrow()).id,
      submit: false,
    });
    await expect(absent).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('不在所选原文中'),
    });
    expect(await database.db.change.count()).toBe(before);
  });

  it('saves a batch of drafts all or none', async () => {
    const before = await database.db.change.count();
    const draft = (name: string) => ({
      recordType: 'ORGANISATION' as const,
      recordId: null,
      baseVersion: null,
      changeId: null,
      changeVersion: null,
      data: { slug: `batch-${name.length}`, name, kind: 'OTHER', citations: [] },
    });
    // The second draft's name holds a control character the organisation schema refuses.
    const batch = saveNewDrafts(database.db, actors.editor, [draft('批量甲'), draft('批量\u0001乙')], false);
    await expect(batch).rejects.toBeInstanceOf(AppError);
    expect(await database.db.change.count()).toBe(before);
  });

  it('refuses an editor the reviewer step and a reference outside the text', async () => {
    await expect(
      writes.draftsFromNames(database.db, actors.reviewer, {
        quote: listQuote,
        recordType: 'ORGANISATION',
        names: [NEW_NAMES[1]!],
        topicId: null,
        submit: false,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      writes.proposeSetAside(database.db, actors.editor, {
        quote: { versionId, start: 10, end: 10_000_000 },
        reason: '超出全文的位置',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('setting a statement aside', () => {
  it('needs a second person to confirm, and is decided once', async () => {
    const quote = { versionId, start: listQuote.start, end: listQuote.start + 5 };
    const { id } = await writes.proposeSetAside(database.db, actors.admin, { quote, reason: '测试：只是一个短语' });
    await expect(writes.decideSetAside(database.db, actors.admin, { id, confirm: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(writes.proposeSetAside(database.db, actors.editor, { quote, reason: '短' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await writes.decideSetAside(database.db, actors.reviewer, { id, confirm: true });
    const row = await database.db.statementSetAside.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'CONFIRMED', decidedById: actors.reviewer.id, exact: '江北嘴新引' });
    await expect(writes.decideSetAside(database.db, actors.reviewer, { id, confirm: false })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const audit = await database.db.auditEntry.findMany({
      where: { action: { startsWith: 'statement.set_aside' } },
      select: { action: true },
    });
    expect(audit.map((entry) => entry.action).sort()).toEqual(['statement.set_aside', 'statement.set_aside_confirm']);
  });

  it('loads the seeded set-asides as confirmed, with their reasons', async () => {
    const seeded = await database.db.statementSetAside.count({ where: { proposedById: null, status: 'CONFIRMED' } });
    expect(seeded).toBeGreaterThan(50);
  });
});
