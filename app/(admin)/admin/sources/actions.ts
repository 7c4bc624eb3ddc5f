'use server';
// Importing source documents and corrected versions; lib/sources checks permissions and input.
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { toActionResult, type ActionResult } from '@/lib/changes/action-result';
import { db } from '@/lib/db';
import { importSourceDocument, importSourceVersion, type Orphan } from '@/lib/sources/import-sources';

export async function importSourceAction(input: unknown): Promise<ActionResult<{ documentId: string }>> {
  return toActionResult('importSource', async () => {
    const created = await importSourceDocument(db, await currentActor(), input);
    revalidatePath('/admin/sources');
    return { documentId: created.documentId };
  });
}

export async function importVersionAction(
  input: unknown,
): Promise<
  ActionResult<{ number: number; moved: number; orphans: Orphan[]; changeIds: string[]; sourceChangeId: string }>
> {
  return toActionResult('importVersion', async () => {
    const { number, moved, orphans, changeIds, sourceChangeId } = await importSourceVersion(
      db,
      await currentActor(),
      input,
    );
    revalidatePath('/admin/sources');
    return { number, moved, orphans, changeIds, sourceChangeId };
  });
}
