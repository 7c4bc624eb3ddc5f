'use server';
// Server actions for the change workflow: thin wrappers that identify the actor and call the data
// layer, which checks permissions, validates and writes in a transaction.
import { revalidatePath } from 'next/cache';
import { refreshPublicPages } from '@/lib/cache/refresh-public-pages';
import { currentActor } from '@/lib/auth/actor';
import { toActionResult, type ActionResult } from '@/lib/changes/action-result';
import {
  commentOnChange,
  decideChange,
  discardChange,
  proposeDeletion,
  rebaseChange,
  restoreRevision,
  saveChange,
  submitChange,
  type DecideInput,
  type SaveChangeInput,
} from '@/lib/changes/changes';
import { saveFactChange, type FactChangeInput } from '@/lib/changes/fact-changes';
import { sourceVersionText } from '@/lib/admin/queries';
import { assertCan } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { RecordType } from '@/lib/generated/prisma/enums';

export async function saveChangeAction(input: SaveChangeInput): Promise<ActionResult<{ id: string; version: number }>> {
  return toActionResult('saveChange', async () => {
    const change = await saveChange(db, await currentActor(), input);
    return { id: change.id, version: change.version };
  });
}

export async function saveFactChangeAction(
  input: FactChangeInput,
): Promise<ActionResult<{ id: string; version: number }>> {
  return toActionResult('saveFactChange', async () => {
    const change = await saveFactChange(db, await currentActor(), input);
    return { id: change.id, version: change.version };
  });
}

export async function submitChangeAction(input: { changeId: string; changeVersion: number }): Promise<ActionResult> {
  return toActionResult('submitChange', async () => {
    await submitChange(db, await currentActor(), input);
    revalidatePath('/admin', 'layout');
    return undefined;
  });
}

export async function discardChangeAction(input: { changeId: string; changeVersion: number }): Promise<ActionResult> {
  return toActionResult('discardChange', async () => {
    await discardChange(db, await currentActor(), input);
    return undefined;
  });
}

export async function decideChangeAction(input: DecideInput): Promise<ActionResult> {
  return toActionResult('decideChange', async () => {
    await decideChange(db, await currentActor(), input, { refreshPublicPages });
    return undefined;
  });
}

/** The text of a source version, for the citation picker. Editors only. */
export async function sourceTextAction(versionId: string): Promise<ActionResult<string>> {
  return toActionResult('sourceText', async () => {
    assertCan(await currentActor(), 'record.edit');
    const version = await sourceVersionText(versionId);
    if (!version) throw new AppError('NOT_FOUND', '找不到这份原始文件。');
    return version.text;
  });
}

export async function restoreRevisionAction(input: {
  recordType: RecordType;
  recordId: string;
  version: number;
}): Promise<ActionResult<{ id: string }>> {
  return toActionResult('restoreRevision', async () => {
    const change = await restoreRevision(db, await currentActor(), input);
    return { id: change.id };
  });
}

export async function proposeDeletionAction(input: {
  recordType: RecordType;
  recordId: string;
  baseVersion: number;
  restore: boolean;
}): Promise<ActionResult<{ id: string }>> {
  return toActionResult('proposeDeletion', async () => {
    const change = await proposeDeletion(db, await currentActor(), input);
    return { id: change.id };
  });
}

export async function rebaseChangeAction(input: { changeId: string; changeVersion: number }): Promise<ActionResult> {
  return toActionResult('rebaseChange', async () => {
    await rebaseChange(db, await currentActor(), input);
    return undefined;
  });
}

export async function commentAction(input: {
  changeId: string;
  body: string;
  fieldPath: string | null;
}): Promise<ActionResult> {
  return toActionResult('commentOnChange', async () => {
    await commentOnChange(db, await currentActor(), input);
    return undefined;
  });
}
