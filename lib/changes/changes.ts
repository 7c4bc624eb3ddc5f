import 'server-only';
// The one write path for records: editors save changes (drafts), submit them, reviewers decide,
// and approval publishes in a single transaction. Every function checks the actor's permission
// itself, so a request forged without the admin pages is refused here all the same.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor-type';
import { assertCan } from '@/lib/auth/permissions';
import type { Db, Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RecordType } from '@/lib/generated/prisma/enums';
import { AppError } from '@/lib/errors';
import { formatDateTimeZh } from '@/lib/format/date-time';
import { listCitations } from '@/lib/records/citation-walk';
import { listFacts, withFactIds, withMissingFieldsFrom } from '@/lib/records/facts';
import { citationsStatedElsewhere } from '@/lib/records/discrepancies';
import { foreignFactIds } from '@/lib/records/sync-facts';
import { parseInput } from '@/lib/records/field-errors';
import { recordKind } from '@/lib/records/kinds';
import type { CompanionRecord } from '@/lib/records/record-kind';
import { verifyCitedValues } from '@/lib/records/verify-citations';
import { changedPeriods, checkCitedPeriods, unexplainedPeriods } from '@/lib/records/verify-periods';
import { refuseUnapprovedSources, settleCitedSources } from '@/lib/sources/publication';
import { changeHash, contentHash } from './content-hash';
import {
  changeRefSchema,
  commentInputSchema,
  decideInputSchema,
  deletionInputSchema,
  restoreInputSchema,
  saveChangeInputSchema,
  type ChangeRef,
  type CommentInput,
  type DecideInput,
  type DeletionInput,
  type RestoreInput,
  type SaveChangeInput,
} from './inputs';
import { changeNotesSchema } from './notes-schema';
import { hasEdited, isEditable, isOpen, ownsChange } from './rules';
import { recordWithdrawnFacts } from './withdrawn-facts';

/** Only the author (or an admin) may edit, submit, rebase or discard a change. */
function refuseNonOwner(actor: Actor, change: { authorId: string }) {
  if (!ownsChange(actor, change)) {
    throw new AppError('FORBIDDEN', '这是另一位编辑的修改：只有作者或管理员可以处理它。');
  }
}

/**
 * A write transaction whose updates match the version they expect: when another writer got there
 * first, Prisma finds no row to update (P2025) and the caller is told of a conflict, nothing lost.
 */
async function writeTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') {
      throw new AppError('CONFLICT', '这条记录刚刚被其他人修改或处理，请刷新页面后查看最新内容。');
    }
    throw error;
  }
}

function audit(
  tx: Tx,
  actor: Actor,
  action: string,
  extra: Omit<Prisma.AuditEntryUncheckedCreateInput, 'action' | 'actorLabel'>,
) {
  return tx.auditEntry.create({
    data: { actorId: actor.id, actorLabel: actor.email, address: actor.address ?? null, action, ...extra },
  });
}

async function refuseStaleRecord(tx: Tx, recordType: RecordType, recordId: string, expected: number, current: number) {
  if (expected === current) return;
  const latest = await tx.revision.findFirst({
    where: { recordType, recordId },
    orderBy: { version: 'desc' },
    select: { publishedAt: true, author: { select: { name: true } } },
  });
  const who = latest?.author?.name ?? '其他人';
  const when = latest ? formatDateTimeZh(latest.publishedAt) : '';
  throw new AppError('CONFLICT', `此记录在您打开后已被${who}于${when}修改并发布，请查看最新内容后重新应用您的修改。`, {
    by: who,
    at: latest?.publishedAt.toISOString() ?? null,
  });
}

/** Creates a draft change, or saves a new revision of an editable one. Returns the change. */
export async function saveChange(db: Db, actor: Actor | null, raw: SaveChangeInput) {
  assertCan(actor, 'record.edit');
  const save = prepareSave(actor, raw);
  return writeTransaction(db, save);
}

/**
 * New drafts for several records at once (the fact desk's one draft per name of a list), all or
 * none: one invalid draft saves nothing. With `submit` they go to review in the same transaction.
 */
export async function saveNewDrafts(db: Db, actor: Actor | null, raws: SaveChangeInput[], submit: boolean) {
  assertCan(actor, 'record.edit');
  const saves = raws.map((raw) => prepareSave(actor, raw));
  return writeTransaction(db, async (tx) => {
    const changes = [];
    for (const save of saves) {
      const change = await save(tx);
      changes.push(submit ? await submitIn(tx, actor, { changeId: change.id, changeVersion: change.version }) : change);
    }
    return changes;
  });
}

/** Parses a save and returns the transaction work that stores it. */
function prepareSave(actor: Actor, raw: SaveChangeInput) {
  const input = parseInput(saveChangeInputSchema, raw);
  const kind = recordKind(input.recordType);
  const parsed = parseInput(kind.schema, input.data);
  const { notes } = parseInput(z.strictObject({ notes: changeNotesSchema }), { notes: input.notes ?? {} });
  // New facts get their ids now, so the change, its diff and its comments name them for good.
  const clientIds = new Set(listFacts(parsed).map((fact) => fact.id));
  const data = withFactIds(parsed, randomUUID);
  const hash = changeHash(data, notes);

  return async (tx: Tx) => {
    let recordId = input.recordId;
    let baseVersion = input.baseVersion;
    let existing: Pick<
      ChangeRow,
      'id' | 'version' | 'status' | 'recordId' | 'recordType' | 'baseVersion' | 'action' | 'authorId'
    > | null = null;
    if (input.changeId) {
      existing = await tx.change.findUnique({
        where: { id: input.changeId },
        select: {
          id: true,
          version: true,
          status: true,
          recordId: true,
          recordType: true,
          baseVersion: true,
          action: true,
          authorId: true,
        },
      });
      if (!existing || existing.recordType !== input.recordType) {
        throw new AppError('NOT_FOUND', '找不到这项修改。');
      }
      refuseNonOwner(actor, existing);
      if (existing.action === 'DELETE' || existing.action === 'RESTORE') {
        throw new AppError('CONFLICT', '删除或恢复的申请不能编辑内容；如需修改，请放弃它后另行编辑。');
      }
      if (!isEditable(existing)) {
        throw new AppError('CONFLICT', '这项修改已提交审核或已结束，不能再编辑。');
      }
      if (existing.version !== input.changeVersion) {
        const last = await tx.changeRevision.findFirst({
          where: { changeId: existing.id },
          orderBy: { number: 'desc' },
          select: { createdAt: true, editor: { select: { name: true } } },
        });
        throw new AppError(
          'CONFLICT',
          `这项修改在您打开后已被${last?.editor.name ?? '其他人'}于${last ? formatDateTimeZh(last.createdAt) : ''}保存，您的输入仍保留在表单中，请核对后重新保存。`,
          { by: last?.editor.name ?? null, at: last?.createdAt.toISOString() ?? null },
        );
      }
      recordId = existing.recordId;
      baseVersion = existing.baseVersion;
    }
    const current = recordId ? await kind.load(tx, recordId) : null;
    if (recordId && !current) throw new AppError('NOT_FOUND', `找不到这条${kind.label}。`);
    if (!existing && recordId) {
      await refuseStaleRecord(tx, input.recordType, recordId, input.baseVersion ?? -1, current!.version);
    }

    const periods = changedPeriods(
      { data, entries: kind.citedPeriods?.(data) ?? [] },
      current ? { data: current.data, entries: kind.citedPeriods?.(current.data) ?? [] } : null,
    );
    const statedElsewhere = await citationsStatedElsewhere(tx, current?.data ?? null, data);
    const fieldErrors = {
      ...(await kind.uniqueChecks(tx, recordId, data)),
      ...(await foreignFactIds(tx, recordId, data, current?.data ?? null, clientIds)),
      ...unexplainedPeriods(await checkCitedPeriods(tx, periods)),
      ...(await verifyCitedValues(tx, kind.citedValues(data))),
      ...statedElsewhere,
    };
    if (Object.keys(fieldErrors).length > 0) {
      // A removed citation that another record still states has no field left to mark here.
      const message = Object.values(statedElsewhere)[0] ?? '请修正标出的字段。';
      throw new AppError('VALIDATION', message, { fieldErrors });
    }

    const proposedData = data as Prisma.InputJsonValue;
    const noteFields = { editorNote: notes.editorNote || null, publicNote: notes.publicNote || null };
    const change = existing
      ? await tx.change.update({
          where: { id: existing.id, version: existing.version },
          data: {
            proposedData,
            contentHash: hash,
            title: kind.title(data),
            ...noteFields,
            version: { increment: 1 },
          },
        })
      : await tx.change.create({
          data: {
            ...noteFields,
            recordType: input.recordType,
            recordId,
            action: recordId ? 'UPDATE' : 'CREATE',
            title: kind.title(data),
            proposedData,
            contentHash: hash,
            baseVersion: recordId ? baseVersion : null,
            authorId: actor.id,
          },
        });
    const revisions = await tx.changeRevision.count({ where: { changeId: change.id } });
    await tx.changeRevision.create({
      data: { changeId: change.id, number: revisions + 1, proposedData, contentHash: hash, editorId: actor.id },
    });
    await audit(tx, actor, existing ? 'change.update' : 'change.create', {
      recordType: input.recordType,
      recordId,
      changeId: change.id,
    });
    return change;
  };
}

async function editableChange(tx: Tx, actor: Actor, { changeId, changeVersion }: ChangeRef) {
  const change = await tx.change.findUnique({ where: { id: changeId } });
  if (!change) throw new AppError('NOT_FOUND', '找不到这项修改。');
  refuseNonOwner(actor, change);
  if (!isEditable(change)) {
    throw new AppError('CONFLICT', '这项修改已提交审核或已结束。');
  }
  if (change.version !== changeVersion) {
    throw new AppError('CONFLICT', '这项修改在您打开后已被其他人保存，请刷新页面后再操作。');
  }
  return change;
}

export async function submitChange(db: Db, actor: Actor | null, raw: ChangeRef) {
  assertCan(actor, 'record.edit');
  const input = parseInput(changeRefSchema, raw);
  return writeTransaction(db, (tx) => submitIn(tx, actor, input));
}

async function submitIn(tx: Tx, actor: Actor, input: ChangeRef) {
  const change = await editableChange(tx, actor, input);
  const updated = await tx.change.update({
    where: { id: change.id, version: change.version },
    data: { status: 'IN_REVIEW', submittedAt: new Date(), version: { increment: 1 } },
  });
  await audit(tx, actor, 'change.submit', {
    recordType: change.recordType,
    recordId: change.recordId,
    changeId: change.id,
  });
  return updated;
}

export async function discardChange(db: Db, actor: Actor | null, raw: ChangeRef) {
  assertCan(actor, 'record.edit');
  const input = parseInput(changeRefSchema, raw);
  return writeTransaction(db, async (tx) => {
    const change = await editableChange(tx, actor, input);
    await tx.change.update({
      where: { id: change.id, version: change.version },
      data: { status: 'DISCARDED', version: { increment: 1 } },
    });
    await audit(tx, actor, 'change.discard', {
      recordType: change.recordType,
      recordId: change.recordId,
      changeId: change.id,
    });
  });
}

export type PublishHooks = {
  /**
   * Refreshes every cached public page: one record shows on many pages (home, topics, partners,
   * sources' "cited by"), and publishes are rare next to reads. Runs after the commit, so no reader
   * can cache the old content between the refresh and the commit; a failing refresh is logged and
   * never undoes a publish.
   */
  refreshPublicPages?: () => void | Promise<void>;
};

/** A reviewer's decision; approval publishes the change atomically. */
export async function decideChange(db: Db, actor: Actor | null, raw: DecideInput, hooks: PublishHooks = {}) {
  assertCan(actor, 'change.review');
  const input = parseInput(decideInputSchema, raw);
  if (input.outcome === 'APPROVED') assertCan(actor, 'change.publish');
  const { comment } = input;
  if (input.outcome !== 'APPROVED' && comment === '') {
    throw new AppError('VALIDATION', '退回修改或拒绝时必须填写意见。', { fieldErrors: { comment: '请填写审核意见' } });
  }

  const { change, published } = await writeTransaction(db, async (tx) => {
    const change = await tx.change.findUnique({
      where: { id: input.changeId },
      include: { revisions: { select: { editorId: true } } },
    });
    if (!change) throw new AppError('NOT_FOUND', '找不到这项修改。');
    if (change.status !== 'IN_REVIEW') throw new AppError('CONFLICT', '这项修改不在待审核状态。');
    if (hasEdited(actor, change)) throw new AppError('FORBIDDEN', '您编辑过这项修改，不能审核自己的修改。');
    if (change.contentHash !== input.contentHash) {
      throw new AppError('CONFLICT', '这项修改在您审阅之后又被编辑过，请重新审阅。');
    }

    await tx.reviewDecision.create({
      data: {
        changeId: change.id,
        reviewerId: actor.id,
        outcome: input.outcome,
        contentHash: change.contentHash,
        comment: comment || null,
      },
    });

    if (input.outcome !== 'APPROVED') {
      const status = input.outcome === 'REJECTED' ? 'REJECTED' : 'CHANGES_REQUESTED';
      const updated = await tx.change.update({
        where: { id: change.id, version: change.version, status: 'IN_REVIEW' },
        data: { status, decidedAt: new Date(), version: { increment: 1 } },
      });
      await audit(tx, actor, input.outcome === 'REJECTED' ? 'change.reject' : 'change.request_changes', {
        recordType: change.recordType,
        recordId: change.recordId,
        changeId: change.id,
      });
      return { change: updated, published: false };
    }
    return publish(tx, actor, change, comment);
  });
  if (published && hooks.refreshPublicPages) {
    try {
      await hooks.refreshPublicPages();
    } catch (error) {
      console.error('published, but refreshing cached pages failed:', error);
    }
  }
  return change;
}

type ChangeRow = Prisma.ChangeGetPayload<object>;

async function publish(tx: Tx, actor: Actor, change: ChangeRow, comment: string) {
  const kind = recordKind(change.recordType);
  let recordId = change.recordId;
  const companions: CompanionRecord[] = [];
  const current = recordId ? await kind.load(tx, recordId) : null;
  if (recordId) {
    if (!current) throw new AppError('NOT_FOUND', `找不到这条${kind.label}。`);
    await refuseStaleRecord(tx, change.recordType, recordId, change.baseVersion ?? -1, current.version);
  }
  const parsed = kind.schema.safeParse(withMissingFieldsFrom(change.proposedData, current?.data ?? null));
  if (!parsed.success) throw new AppError('VALIDATION', '修改内容不再符合表单规则，请退回作者修正。');
  // A change saved before facts had ids gets them here.
  const data = withFactIds(parsed.data, randomUUID);
  const problems = await verifyCitedValues(tx, kind.citedValues(data));
  if (Object.keys(problems).length > 0) {
    throw new AppError('CONFLICT', '有引文已无法在原文中核实，请退回作者修正。', { fieldErrors: problems });
  }

  const ownIds = new Set(listFacts(current?.data ?? null).map((fact) => fact.id));
  const newIds = new Set(listFacts(data).flatMap((fact) => (ownIds.has(fact.id) ? [] : [fact.id])));
  const statedElsewhere = await citationsStatedElsewhere(tx, current?.data ?? null, data);
  if (Object.keys(statedElsewhere).length > 0) {
    throw new AppError('CONFLICT', `${Object.values(statedElsewhere)[0]}请退回作者修改。`, {
      fieldErrors: statedElsewhere,
    });
  }
  const uniqueProblems = {
    ...(await kind.uniqueChecks(tx, recordId, data)),
    ...(await foreignFactIds(tx, recordId, data, current?.data ?? null, newIds)),
  };
  if (Object.keys(uniqueProblems).length > 0) {
    throw new AppError('CONFLICT', '网址标识或编号已被其他记录使用，请退回作者修改。', { fieldErrors: uniqueProblems });
  }

  const citedVersionIds = [...new Set(listCitations(data).map((c) => c.sourceVersionId))];
  if (change.action !== 'DELETE') await refuseUnapprovedSources(tx, citedVersionIds);

  const now = new Date();
  if (change.action === 'DELETE' || change.action === 'RESTORE') {
    await kind.setDeleted(tx, recordId!, change.action === 'DELETE' ? now : null, change.baseVersion ?? -1);
  } else {
    recordId = await kind.write(tx, {
      id: recordId,
      data,
      expectedVersion: change.baseVersion,
      current: current?.data ?? null,
      companions,
      now,
    });
    await recordWithdrawnFacts(tx, {
      recordType: change.recordType,
      recordId: recordId,
      before: current?.data ?? null,
      after: data,
      changeId: change.id,
      reason: change.publicNote,
      at: now,
    });
  }
  if (change.action !== 'DELETE') await settleCitedSources(tx, citedVersionIds);
  const published = await kind.load(tx, recordId!);
  await tx.revision.create({
    data: {
      recordType: change.recordType,
      recordId: recordId!,
      version: published!.version,
      data: published!.data as Prisma.InputJsonValue,
      changeId: change.id,
      authorId: change.authorId,
      reviewerId: actor.id,
      comment: comment || null,
      publishedAt: now,
    },
  });
  // Records created with this one (new party organisations) start their own history here.
  for (const companion of companions) {
    const created = await recordKind(companion.recordType).load(tx, companion.recordId);
    await tx.revision.create({
      data: {
        ...companion,
        version: created!.version,
        data: created!.data as Prisma.InputJsonValue,
        authorId: change.authorId,
        reviewerId: actor.id,
        comment: `随${kind.label}《${kind.title(data)}》一并发布`,
        publishedAt: now,
      },
    });
    await audit(tx, actor, 'record.publish', {
      ...companion,
      changeId: change.id,
      detail: { version: created!.version },
    });
  }
  const updated = await tx.change.update({
    where: { id: change.id, version: change.version, status: 'IN_REVIEW' },
    data: { status: 'PUBLISHED', recordId, decidedAt: now, publishedAt: now, version: { increment: 1 } },
  });
  await audit(tx, actor, 'change.approve', { recordType: change.recordType, recordId, changeId: change.id });
  await audit(tx, actor, 'record.publish', {
    recordType: change.recordType,
    recordId,
    changeId: change.id,
    detail: { version: published!.version },
  });
  return { change: updated, published: true };
}

/** Proposes going back to a published revision: a new change against the current version, reviewed like any other. */
export async function restoreRevision(db: Db, actor: Actor | null, raw: RestoreInput) {
  assertCan(actor, 'record.edit');
  const input = parseInput(restoreInputSchema, raw);
  const [revision, current] = await Promise.all([
    db.revision.findUnique({
      where: { recordType_recordId_version: input },
      select: { data: true },
    }),
    db.$transaction((tx) => recordKind(input.recordType).load(tx, input.recordId)),
  ]);
  if (!revision || !current) throw new AppError('NOT_FOUND', '找不到这个版本。');
  return saveChange(db, actor, {
    recordType: input.recordType,
    recordId: input.recordId,
    baseVersion: current.version,
    changeId: null,
    changeVersion: null,
    // A field the form gained since that version keeps its current value.
    data: withMissingFieldsFrom(revision.data, current.data),
  });
}

/**
 * Proposes deleting (a restorable soft delete) or restoring a published record: a change holding
 * the record as it is, reviewed like any other before it takes effect.
 */
export async function proposeDeletion(db: Db, actor: Actor | null, raw: DeletionInput) {
  assertCan(actor, 'record.edit');
  const input = parseInput(deletionInputSchema, raw);
  const kind = recordKind(input.recordType);
  return writeTransaction(db, async (tx) => {
    const current = await kind.load(tx, input.recordId);
    if (!current) throw new AppError('NOT_FOUND', `找不到这条${kind.label}。`);
    await refuseStaleRecord(tx, input.recordType, input.recordId, input.baseVersion, current.version);
    if ((current.deletedAt !== null) !== input.restore) {
      throw new AppError('CONFLICT', input.restore ? '这条记录没有被删除。' : '这条记录已经删除。');
    }
    const proposedData = current.data as Prisma.InputJsonValue;
    const hash = contentHash({ action: input.restore ? 'RESTORE' : 'DELETE', data: current.data });
    const change = await tx.change.create({
      data: {
        recordType: input.recordType,
        recordId: input.recordId,
        action: input.restore ? 'RESTORE' : 'DELETE',
        title: kind.title(current.data),
        proposedData,
        contentHash: hash,
        baseVersion: current.version,
        authorId: actor.id,
      },
    });
    await tx.changeRevision.create({
      data: { changeId: change.id, number: 1, proposedData, contentHash: hash, editorId: actor.id },
    });
    await audit(tx, actor, input.restore ? 'change.create_restore' : 'change.create_delete', {
      recordType: input.recordType,
      recordId: input.recordId,
      changeId: change.id,
    });
    return change;
  });
}

/**
 * Moves a change whose record was published by someone else since onto the record's current
 * version: the change becomes a draft again (so it is reviewed afresh) and its diff now shows
 * what it would do to the latest version, including undoing the other person's edits if the
 * author does not re-apply them.
 */
export async function rebaseChange(db: Db, actor: Actor | null, raw: ChangeRef) {
  assertCan(actor, 'record.edit');
  const input = parseInput(changeRefSchema, raw);
  return writeTransaction(db, async (tx) => {
    const change = await tx.change.findUnique({ where: { id: input.changeId } });
    if (!change || !change.recordId) throw new AppError('NOT_FOUND', '找不到这项修改。');
    refuseNonOwner(actor, change);
    if (!isOpen(change)) {
      throw new AppError('CONFLICT', '这项修改已经结束。');
    }
    const current = await recordKind(change.recordType).load(tx, change.recordId);
    if (!current) throw new AppError('NOT_FOUND', '找不到这条记录。');
    if (current.version === change.baseVersion) throw new AppError('CONFLICT', '这项修改已基于最新版本。');
    const updated = await tx.change.update({
      where: { id: change.id, version: input.changeVersion },
      data: { baseVersion: current.version, status: 'DRAFT', submittedAt: null, version: { increment: 1 } },
    });
    const revisions = await tx.changeRevision.count({ where: { changeId: change.id } });
    await tx.changeRevision.create({
      data: {
        changeId: change.id,
        number: revisions + 1,
        proposedData: change.proposedData as Prisma.InputJsonValue,
        contentHash: change.contentHash,
        editorId: actor.id,
      },
    });
    await audit(tx, actor, 'change.rebase', {
      recordType: change.recordType,
      recordId: change.recordId,
      changeId: change.id,
      detail: { from: change.baseVersion, to: current.version },
    });
    return updated;
  });
}

/** A comment on a change, on the whole of it or on one field or citation (by its path in the form). */
export async function commentOnChange(db: Db, actor: Actor | null, raw: CommentInput) {
  assertCan(actor, 'admin.access');
  const input = parseInput(commentInputSchema, raw);
  const { body } = input;
  if (body === '' || body.length > 4000) {
    throw new AppError('VALIDATION', '请填写评论（最多 4000 字）。', { fieldErrors: { body: '请填写评论' } });
  }
  const fieldPath = input.fieldPath || null;
  if (fieldPath !== null && !/^[A-Za-z]+(?:\.(?:\d+|[A-Za-z]+))*$/.test(fieldPath)) {
    throw new AppError('VALIDATION', '评论指向的字段不存在。');
  }
  return writeTransaction(db, async (tx) => {
    const change = await tx.change.findUnique({
      where: { id: input.changeId },
      select: { id: true, recordType: true, recordId: true },
    });
    if (!change) throw new AppError('NOT_FOUND', '找不到这项修改。');
    const comment = await tx.reviewComment.create({
      data: {
        changeId: change.id,
        authorId: actor.id,
        body,
        fieldPath,
        citationKey: fieldPath?.includes('citations') ? fieldPath : null,
      },
    });
    await audit(tx, actor, 'change.comment', {
      recordType: change.recordType,
      recordId: change.recordId,
      changeId: change.id,
      detail: { fieldPath },
    });
    return comment;
  });
}
