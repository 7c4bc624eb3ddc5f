'use server';
// Importing source documents and corrected versions; lib/sources checks permissions and input again.
import { importSourceDocument, importSourceVersion } from '@/lib/sources/import-sources';
import { newSourceSchema, newVersionSchema } from '@/lib/sources/schema';
import { defineAction } from './define-action';

const importSources = { permission: 'source.import', revalidate: ['/admin/sources'] } as const;

export const importSourceAction = defineAction({
  ...importSources,
  name: 'importSource',
  schema: newSourceSchema,
  run: async ({ db, actor, input }) => ({ documentId: (await importSourceDocument(db, actor, input)).documentId }),
});

export const importVersionAction = defineAction({
  ...importSources,
  name: 'importVersion',
  schema: newVersionSchema,
  run: async ({ db, actor, input }) => {
    const { number, moved, orphans, changeIds, sourceChangeId } = await importSourceVersion(db, actor, input);
    return { number, moved, orphans, changeIds, sourceChangeId };
  },
});
