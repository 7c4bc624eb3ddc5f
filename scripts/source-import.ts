// npm run source:import -- path/to/file.txt --title "…" [--slug …] [--kind NEWS_ARTICLE] [--byline "…"]
//                          [--date 2023-06-07] [--note "…"] [--draft]
// Stores a new source document, byte for byte, in the app database (published unless --draft).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/lib/db/client';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { SourceKind } from '@/lib/generated/prisma/enums';
import { createSourceDocument } from '@/lib/sources/create-source-document';
import { withAppDatabase } from './lib/app-database';
import { runMain } from './lib/run-main';
import { migrateDatabase } from '@/lib/db/migrate';

const usage =
  'usage: npm run source:import -- FILE.txt --title TITLE [--slug SLUG] [--kind ' +
  Object.keys(SourceKind).join('|') +
  '] [--byline TEXT] [--date YYYY[-MM[-DD]]] [--note TEXT] [--draft]';

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      slug: { type: 'string' },
      kind: { type: 'string', default: 'NEWS_ARTICLE' },
      byline: { type: 'string' },
      date: { type: 'string' },
      note: { type: 'string' },
      draft: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file || !values.title) throw new Error(usage);
  if (!(values.kind! in SourceKind)) throw new Error(`--kind must be one of ${Object.keys(SourceKind).join(', ')}`);
  const date = values.date ? parsePartialDate(values.date) : null;
  if (values.date && !date) throw new Error(`--date ${values.date} is not a valid YYYY, YYYY-MM or YYYY-MM-DD date`);
  const bytes = await readFile(file);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const fileName = path.basename(file);
  const slug =
    values.slug ??
    fileName
      .replace(/\.txt$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    throw new Error('give a --slug of lower-case ASCII words joined by hyphens');

  await withAppDatabase(async (url) => {
    await migrateDatabase({ databaseUrl: url });
    const db = createPrismaClient(url);
    try {
      const created = await db.$transaction(async (tx) => {
        const result = await createSourceDocument(tx, {
          slug,
          title: values.title!,
          kind: values.kind as SourceKind,
          fileName,
          text,
          byline: values.byline ?? null,
          statedDate: date?.date ?? null,
          statedDatePrecision: date?.precision ?? null,
          datingNote: values.note ?? null,
          status: values.draft ? 'DRAFT' : 'PUBLISHED',
        });
        await tx.auditEntry.create({
          data: {
            actorLabel: 'system:cli',
            action: 'source.import',
            recordType: 'SOURCE_DOCUMENT',
            recordId: result.documentId,
            detail: { slug, fileName, sha256: result.sha256 },
          },
        });
        return result;
      });
      console.log(`imported "${values.title}" as source ${slug} (sha256 ${created.sha256})`);
    } finally {
      await db.$disconnect();
    }
  });
});
