// `npm run source:import` stores new documents byte for byte as drafts whose text waits for
// review (plain text, or PDF and web-page originals, one by one or a folder at a time), and refuses
// the same text twice.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { makePdfOriginals, WEB_PAGE } from '@/tests/helpers/originals';
import { seedEditorAndReviewer } from '@/tests/helpers/workflow';

const run = promisify(execFile);
const text = '江北区2024年地区生产总值\n1800亿元。\n';

async function importSource(databaseUrl: string, args: string[]) {
  return run('npx', ['tsx', '--conditions=react-server', 'scripts/source-import.ts', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

describe('npm run source:import', () => {
  let database: TestDatabase;
  let dir: string;
  let file: string;
  let editorEmail: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    editorEmail = (await seedEditorAndReviewer(database.db)).editor.email;
    dir = await mkdtemp(path.join(os.tmpdir(), 'cms-import-'));
    file = path.join(dir, 'new-report.txt');
    await writeFile(file, text);
  });
  afterAll(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores a new draft document with its exact text, metadata, a change for review and an audit entry', async () => {
    const result = await importSource(database.url, [
      file,
      '--as',
      editorEmail,
      '--title',
      '新报告',
      '--date',
      '2024-03',
      '--byline',
      '记者',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('[1/1] new-report.txt → draft source new-report: 23 chars');
    const stored = await database.db.sourceDocument.findUniqueOrThrow({
      where: { slug: 'new-report' },
      include: { currentVersion: true },
    });
    expect(stored).toMatchObject({
      title: '新报告',
      byline: '记者',
      statedDatePrecision: 'MONTH',
      status: 'DRAFT',
    });
    expect(stored.currentVersion?.approvedAt).toBeNull();
    const change = await database.db.change.findFirstOrThrow({
      where: { recordType: 'SOURCE_DOCUMENT', recordId: stored.id },
    });
    expect(change).toMatchObject({ action: 'CREATE', status: 'DRAFT' });
    expect(change.proposedData).toMatchObject({ versionId: stored.currentVersionId, versionNumber: 1 });
    expect(stored.statedDate?.toISOString().slice(0, 10)).toBe('2024-03-01');
    expect(stored.currentVersion?.text).toBe(text);
    expect(stored.currentVersion?.fileName).toBe('new-report.txt');
    expect(await database.db.auditEntry.count({ where: { action: 'source.import', recordId: stored.id } })).toBe(1);
  }, 60_000);

  it('refuses the same text under another name, with a clear message and no new row', async () => {
    const copy = path.join(dir, 'copy.txt');
    await writeFile(copy, text);
    const result = await importSource(database.url, [copy, '--as', editorEmail, '--title', '副本']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[1/1] copy.txt ✗ 这份文本已经导入过。 text: 与已有文件《新报告》第 1 版完全相同');
    expect(await database.db.sourceDocument.count()).toBe(1);
  }, 60_000);

  it('refuses an impossible date', async () => {
    const other = path.join(dir, 'other.txt');
    await writeFile(other, '另一份文件');
    const result = await importSource(database.url, [
      other,
      '--as',
      editorEmail,
      '--title',
      '另一份',
      '--date',
      '2020-02-30',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('statedDate: 日期格式为 2020、2020-09 或 2020-09-27');
  }, 60_000);

  it('imports a folder of originals with a progress line each, and reports the file it could not read', async () => {
    const folder = path.join(dir, 'originals');
    await mkdir(folder);
    const { textPdf, imagePdf } = await makePdfOriginals();
    await writeFile(path.join(folder, 'bulletin.pdf'), textPdf);
    await writeFile(path.join(folder, 'page.html'), WEB_PAGE);
    await writeFile(path.join(folder, 'scan.pdf'), imagePdf);
    await writeFile(path.join(folder, 'notes.md'), '不是要导入的文件');
    const result = await importSource(database.url, [folder, '--as', editorEmail, '--kind', 'STATISTICAL_BULLETIN']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/\[1\/3\] bulletin\.pdf → draft source bulletin: 2 pages, \d+ chars/);
    expect(result.stdout).toMatch(/\[2\/3\] page\.html → draft source page: \d+ chars/);
    expect(result.stderr).toContain('[3/3] scan.pdf ✗');
    expect(result.stderr).toContain('没有可提取的文字');
    expect(result.stdout).toContain('imported 2 of 3');
    const page = await database.db.sourceDocument.findUniqueOrThrow({
      where: { slug: 'page' },
      include: { currentVersion: { include: { file: true } } },
    });
    expect(page.title).toBe('江北区统计公报_重庆市江北区人民政府');
    expect(Buffer.from(page.currentVersion!.file!.bytes).toString('utf8')).toBe(WEB_PAGE);
  }, 120_000);
});
