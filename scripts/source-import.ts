// npm run source:import -- FILE_OR_FOLDER... --as editor@example.org [--title "…"] [--slug …]
//                          [--kind NEWS_ARTICLE] [--byline "…"] [--publisher "…"] [--date 2023-06-07] [--note "…"]
// Stores source documents, byte for byte, as drafts in the app database, through the same path as
// the admin's import form: plain text (.txt), or an original (.pdf, .html) kept with the text
// extracted from it. Each document's text waits for review in a draft change of the named editor.
// A folder imports every such file in it, one progress line per file; --title and --slug apply to
// a single file only (otherwise a web page's own title, else the file name, is used).
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { AppError } from '@/lib/errors';
import { SourceKind } from '@/lib/generated/prisma/enums';
import { extractHtmlText } from '@/lib/sources/extract/html-text';
import { importSourceDocument } from '@/lib/sources/import-sources';
import { withAppDatabase } from './lib/app-database';
import { runMain } from './lib/run-main';

const usage =
  'usage: npm run source:import -- FILE_OR_FOLDER... --as EDITOR_EMAIL [--title TITLE] [--slug SLUG] [--kind ' +
  Object.keys(SourceKind).join('|') +
  '] [--byline TEXT] [--publisher TEXT] [--date YYYY[-MM[-DD]]] [--note TEXT]';

const IMPORTABLE = /\.(txt|pdf|html?)$/i;

async function filesIn(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of paths) {
    if ((await stat(entry)).isDirectory()) {
      const names = (await readdir(entry)).filter((name) => IMPORTABLE.test(name)).sort();
      files.push(...names.map((name) => path.join(entry, name)));
    } else {
      files.push(entry);
    }
  }
  return files;
}

/** A slug from an ASCII file name, else from the file's bytes (统计公报.pdf → source-3f2a9c01d4). */
function slugFor(fileName: string, bytes: Buffer): string {
  const ascii = fileName
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return ascii || `source-${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`;
}

const describe = (error: unknown) => {
  if (!(error instanceof AppError)) return error instanceof Error ? error.message : String(error);
  const fields = Object.entries((error.details.fieldErrors ?? {}) as Record<string, string>);
  return [error.message, ...fields.map(([field, message]) => `${field}: ${message}`)].join(' ');
};

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      as: { type: 'string' },
      title: { type: 'string' },
      slug: { type: 'string' },
      kind: { type: 'string', default: 'NEWS_ARTICLE' },
      byline: { type: 'string' },
      publisher: { type: 'string' },
      date: { type: 'string' },
      note: { type: 'string' },
    },
  });
  if (positionals.length === 0 || !values.as) throw new Error(usage);
  const files = await filesIn(positionals);
  if (files.length === 0) throw new Error('no .txt, .pdf or .html file to import');
  if (files.length > 1 && (values.title || values.slug)) throw new Error('--title and --slug name one file only');

  await withAppDatabase(async (url) => {
    await migrateDatabase({ databaseUrl: url });
    const db: Db = createPrismaClient(url);
    try {
      const user = await db.user.findUnique({
        where: { email: values.as!.trim().toLowerCase() },
        select: { id: true, email: true, role: true, active: true },
      });
      if (!user?.active) throw new Error(`--as ${values.as}: no active account with that e-mail address`);
      let failed = 0;
      for (const [index, file] of files.entries()) {
        const started = performance.now();
        const fileName = path.basename(file);
        const progress = `[${index + 1}/${files.length}] ${fileName}`;
        try {
          const bytes = await readFile(file);
          const isText = /\.txt$/i.test(fileName);
          const pageTitle = /\.html?$/i.test(fileName) ? extractHtmlText(bytes.toString('utf8')).title : null;
          const created = await importSourceDocument(
            db,
            { ...user, address: 'cli' },
            {
              slug: values.slug ?? slugFor(fileName, bytes),
              title: values.title ?? pageTitle ?? fileName.replace(/\.[^.]+$/, ''),
              kind: values.kind,
              byline: values.byline ?? '',
              publisher: values.publisher ?? '',
              statedDate: values.date ?? '',
              datingNote: values.note ?? '',
              fileName,
              ...(isText
                ? { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
                : { original: { fileName, data: bytes.toString('base64') } }),
            },
          );
          const version = await db.sourceVersion.findUniqueOrThrow({
            where: { id: created.versionId },
            select: { charCount: true, pageStarts: true, document: { select: { slug: true } } },
          });
          const pages = version.pageStarts.length > 0 ? `${version.pageStarts.length} pages, ` : '';
          console.log(
            `${progress} → draft source ${version.document.slug}: ${pages}${version.charCount} chars, ` +
              `${((performance.now() - started) / 1000).toFixed(1)} s (sha256 ${created.sha256.slice(0, 12)}…; change ${created.changeId})`,
          );
        } catch (error) {
          failed += 1;
          console.error(`${progress} ✗ ${describe(error)}`);
        }
      }
      console.log(`imported ${files.length - failed} of ${files.length}; each waits for review as a draft change`);
      if (failed > 0) throw new Error(`${failed} file(s) not imported`);
    } finally {
      await db.$disconnect();
    }
  });
});
