// npm run source:import -- path/to/file.txt --as editor@example.org --title "…" [--slug …]
//                          [--kind NEWS_ARTICLE] [--byline "…"] [--publisher "…"] [--date 2023-06-07] [--note "…"]
// Stores a new source document, byte for byte, as a draft in the app database, through the same
// path as the admin's import form: the named editor's draft change proposes its text for review,
// and nothing is public until a reviewer approves it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { AppError } from '@/lib/errors';
import { SourceKind } from '@/lib/generated/prisma/enums';
import { importSourceDocument } from '@/lib/sources/import-sources';
import { withAppDatabase } from './lib/app-database';
import { runMain } from './lib/run-main';

const usage =
  'usage: npm run source:import -- FILE.txt --as EDITOR_EMAIL --title TITLE [--slug SLUG] [--kind ' +
  Object.keys(SourceKind).join('|') +
  '] [--byline TEXT] [--publisher TEXT] [--date YYYY[-MM[-DD]]] [--note TEXT]';

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
  const file = positionals[0];
  if (!file || !values.title || !values.as) throw new Error(usage);
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

  await withAppDatabase(async (url) => {
    await migrateDatabase({ databaseUrl: url });
    const db = createPrismaClient(url);
    try {
      const user = await db.user.findUnique({
        where: { email: values.as!.trim().toLowerCase() },
        select: { id: true, email: true, role: true, active: true },
      });
      if (!user?.active) throw new Error(`--as ${values.as}: no active account with that e-mail address`);
      const created = await importSourceDocument(
        db,
        { ...user, address: 'cli' },
        {
          slug,
          title: values.title,
          kind: values.kind,
          byline: values.byline ?? '',
          publisher: values.publisher ?? '',
          statedDate: values.date ?? '',
          datingNote: values.note ?? '',
          fileName,
          text,
        },
      );
      console.log(
        `imported "${values.title}" as draft source ${slug} (sha256 ${created.sha256}); ` +
          `change ${created.changeId} proposes its text for review`,
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const fields = Object.entries((error.details.fieldErrors ?? {}) as Record<string, string>);
      throw new Error([error.message, ...fields.map(([field, message]) => `  ${field}: ${message}`)].join('\n'));
    } finally {
      await db.$disconnect();
    }
  });
});
