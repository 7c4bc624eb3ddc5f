// Issue 14, item 2: originals kept and served. A PDF (printed by Chromium with Chinese text) or a
// saved web page is imported: its text is extracted per page into the immutable version that
// citations anchor to, the file is stored byte for byte and served back unchanged once the text is
// approved. A scanned PDF and a file that is not a PDF are refused with a message, storing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorQuote } from '@/lib/citations';
import type { Actor } from '@/lib/auth/actor-type';
import { AppError } from '@/lib/errors';
import { importSourceDocument } from '@/lib/sources/import-sources';
import { pageAt } from '@/lib/sources/pages';
import { sha256Hex } from '@/lib/sources/source-text';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';
import { makePdfOriginals, PAGE_ONE, PAGE_TWO, WEB_PAGE } from '@/tests/helpers/originals';
import { seedEditorAndReviewer, submitAndApprove } from '@/tests/helpers/workflow';

let database: TestDatabase;
let editor: Actor;
let reviewer: Actor;
let pdfs: { textPdf: Buffer; imagePdf: Buffer };

beforeAll(async () => {
  database = await createTestDatabase();
  ({ editor, reviewer } = await seedEditorAndReviewer(database.db));
  pdfs = await makePdfOriginals();
}, 120_000);

afterAll(async () => {
  await database.drop();
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );
const strip = (text: string) => text.replace(/\s+/g, '');
const importOriginal = (slug: string, fileName: string, bytes: Buffer) =>
  importSourceDocument(database.db, editor, {
    slug,
    title: `原件 ${slug}`,
    kind: 'STATISTICAL_BULLETIN',
    original: { fileName, data: bytes.toString('base64') },
  });

describe('importing an original', () => {
  it('extracts a Chinese PDF page by page, anchors a citation on page 2, and serves the file back byte-identical', async () => {
    const created = await importOriginal('pdf-original', '统计公报.pdf', pdfs.textPdf);
    const version = await database.db.sourceVersion.findUniqueOrThrow({
      where: { id: created.versionId },
      include: { file: true },
    });
    expect(strip(version.text)).toBe(strip(PAGE_ONE + PAGE_TWO));
    expect(version.pageStarts).toHaveLength(2);
    expect(version.sha256).toBe(sha256Hex(version.text));
    expect(version.file).toMatchObject({
      fileName: '统计公报.pdf',
      mediaType: 'application/pdf',
      byteSize: pdfs.textPdf.byteLength,
    });
    expect(Buffer.from(version.file!.bytes).equals(pdfs.textPdf)).toBe(true);

    // The citation engine anchors a quote in the extracted text, and the page is known.
    const anchored = anchorQuote(version.text, '签约项目42个，投资总额302.5亿元');
    if (!anchored.ok) throw new Error(anchored.message);
    expect(pageAt(version.pageStarts, anchored.anchor.start)).toBe(2);
    expect(pageAt(version.pageStarts, anchorQuote(version.text, '1325亿元').ok ? 0 : -1)).toBe(1);

    // Not served while the text awaits review; served unchanged once approved.
    const { GET } = await import('@/app/(public)/sources/[slug]/original/route');
    (globalThis as { cmsDb?: unknown }).cmsDb = database.db;
    try {
      const get = () => GET(new Request('http://localhost/'), { params: Promise.resolve({ slug: 'pdf-original' }) });
      expect((await get()).status).toBe(404);
      await submitAndApprove(database.db, editor, reviewer, created.changeId);
      const response = await get();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-security-policy')).toContain('sandbox');
      expect(Buffer.from(await response.arrayBuffer()).equals(pdfs.textPdf)).toBe(true);
    } finally {
      delete (globalThis as { cmsDb?: unknown }).cmsDb;
    }
  }, 60_000);

  it('takes a saved web page’s article without its navigation, scripts and footer, and keeps the page', async () => {
    const bytes = Buffer.from(WEB_PAGE, 'utf8');
    const created = await importOriginal('web-original', '统计公报.html', bytes);
    const version = await database.db.sourceVersion.findUniqueOrThrow({
      where: { id: created.versionId },
      include: { file: true },
    });
    expect(version.text).toContain(PAGE_ONE);
    expect(version.text).toContain(PAGE_TWO);
    for (const chrome of ['栏目导航', '埋点脚本', '版权所有', '搜索']) expect(version.text).not.toContain(chrome);
    expect(version.pageStarts).toEqual([]);
    // What the page says of itself fills what the editor left empty.
    expect(await database.db.sourceDocument.findUniqueOrThrow({ where: { id: created.documentId } })).toMatchObject({
      publisher: '重庆市江北区人民政府',
      byline: '江北区统计局',
    });
    expect(version.file?.mediaType).toBe('text/html');
    expect(Buffer.from(version.file!.bytes).equals(bytes)).toBe(true);
  });

  it('refuses a scanned PDF and a file that is not a PDF, next to the field, storing nothing', async () => {
    const before = await database.db.sourceDocument.count();
    const scanned = await failure(importOriginal('scanned', '扫描件.pdf', pdfs.imagePdf));
    expect(scanned?.details.fieldErrors).toMatchObject({
      original: expect.stringContaining('没有可提取的文字') as string,
    });
    const fake = await failure(importOriginal('fake', '假的.pdf', Buffer.from('这不是 PDF，只是一段文字。')));
    expect(fake?.details.fieldErrors).toMatchObject({ original: expect.stringContaining('不是 PDF') as string });
    const broken = await failure(importOriginal('broken', '坏的.pdf', Buffer.from('%PDF-1.4\n这个文件已经坏了')));
    expect(broken?.details.fieldErrors).toMatchObject({ original: expect.stringContaining('无法读取') as string });
    expect(await database.db.sourceDocument.count()).toBe(before);
    expect(
      await database.db.sourceFile.count({ where: { fileName: { in: ['扫描件.pdf', '假的.pdf', '坏的.pdf'] } } }),
    ).toBe(0);
  }, 60_000);
});
