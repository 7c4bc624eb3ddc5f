import 'server-only';
// The fact desk's writes: set a statement aside (an editor proposes, someone else confirms), and
// one draft per name of a list statement. Each checks the actor's permission itself and writes in
// one transaction with its audit entry.
import type { Actor } from '@/lib/auth/actor-type';
import { assertCan } from '@/lib/auth/permissions';
import { saveNewDrafts } from '@/lib/changes/changes';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/records/field-errors';
import { organisationFromQuote, projectFromQuote } from './drafts';
import { quoteContext } from './desk';
import {
  decideSetAsideInputSchema,
  namesToDraftsInputSchema,
  setAsideInputSchema,
  type DecideSetAsideInput,
  type NamesToDraftsInput,
  type QuoteRef,
  type SetAsideInput,
} from './inputs';
import { prefillFromQuote } from './prefill';
import { normalizeName } from './statements';

async function requireQuote(ref: QuoteRef) {
  const context = await quoteContext(ref.versionId, ref);
  if (!context) throw new AppError('NOT_FOUND', '找不到这段原文：文件版本不存在，或位置超出全文。');
  return context;
}

const auditEntry = (actor: Actor, action: string, detail: object) => ({
  data: { actorId: actor.id, actorLabel: actor.email, address: actor.address ?? null, action, detail },
});

export async function proposeSetAside(db: Db, actor: Actor | null, raw: SetAsideInput) {
  assertCan(actor, 'record.edit');
  const input = parseInput(setAsideInputSchema, raw);
  const { citation } = await requireQuote(input.quote);
  return db.$transaction(async (tx) => {
    const row = await tx.statementSetAside.create({
      data: {
        sourceVersionId: citation.sourceVersionId,
        startOffset: citation.start,
        endOffset: citation.end,
        exact: citation.exact,
        reason: input.reason,
        proposedById: actor.id,
      },
      select: { id: true },
    });
    await tx.auditEntry.create(auditEntry(actor, 'statement.set_aside', { setAsideId: row.id, reason: input.reason }));
    return row;
  });
}

/** Confirms or rejects a proposed set-aside; never by the editor who proposed it. */
export async function decideSetAside(db: Db, actor: Actor | null, raw: DecideSetAsideInput) {
  assertCan(actor, 'change.review');
  const input = parseInput(decideSetAsideInputSchema, raw);
  return db.$transaction(async (tx) => {
    const row = await tx.statementSetAside.findUnique({ where: { id: input.id } });
    if (!row) throw new AppError('NOT_FOUND', '找不到这条搁置申请。');
    if (row.proposedById === actor.id) throw new AppError('FORBIDDEN', '不能确认自己提出的搁置：请另一位审核人确认。');
    const { count } = await tx.statementSetAside.updateMany({
      where: { id: row.id, status: 'PROPOSED' },
      data: { status: input.confirm ? 'CONFIRMED' : 'REJECTED', decidedById: actor.id, decidedAt: new Date() },
    });
    if (count === 0) throw new AppError('CONFLICT', '这条搁置申请已由其他人处理。');
    const action = input.confirm ? 'statement.set_aside_confirm' : 'statement.set_aside_reject';
    await tx.auditEntry.create(auditEntry(actor, action, { setAsideId: row.id }));
  });
}

/** A name that already has a record gets a citation there (加到已有记录), not a second record. */
async function refuseExistingNames(db: Db, recordType: 'ORGANISATION' | 'PROJECT', names: string[]) {
  const where = { name: { in: names }, deletedAt: null };
  const existing =
    recordType === 'ORGANISATION'
      ? await db.organisation.findMany({ where, select: { name: true } })
      : await db.project.findMany({ where, select: { name: true } });
  if (existing.length > 0) {
    const list = existing.map((row) => `“${row.name}”`).join('、');
    throw new AppError('VALIDATION', `${list}已有记录：请取消勾选，改用“加到已有记录”。`, {
      fieldErrors: { names: `${list}已有记录` },
    });
  }
}

/** The slug, or the slug with -2, -3 … when a record or another draft of the batch has it. */
async function freeSlug(
  db: Db,
  recordType: 'ORGANISATION' | 'PROJECT',
  slug: string,
  used: Set<string>,
): Promise<string> {
  const where = { slug: { startsWith: slug } };
  const taken = new Set(
    (recordType === 'ORGANISATION'
      ? await db.organisation.findMany({ where, select: { slug: true } })
      : await db.project.findMany({ where, select: { slug: true } })
    ).map((row) => row.slug),
  );
  let candidate = slug;
  for (let n = 2; taken.has(candidate) || used.has(candidate); n += 1) candidate = `${slug}-${n}`;
  return candidate;
}

/** One new draft per chosen name of a statement, each citing the statement; all or none. */
export async function draftsFromNames(db: Db, actor: Actor | null, raw: NamesToDraftsInput) {
  assertCan(actor, 'record.edit');
  const input = parseInput(namesToDraftsInputSchema, raw);
  if (input.recordType === 'PROJECT' && input.topicId === null) {
    throw new AppError('VALIDATION', '请选择专题。', { fieldErrors: { topicId: '请选择专题' } });
  }
  const { citation, text, referenceDate } = await requireQuote(input.quote);
  const prefill = prefillFromQuote(text, input.quote, { referenceDate });
  // Each draft cites the quote, so the quote must name what the draft is about.
  const absent = input.names.filter((name) => !normalizeName(citation.exact).includes(normalizeName(name)));
  if (absent.length > 0) {
    const list = absent.map((name) => `“${name}”`).join('、');
    throw new AppError('VALIDATION', `${list}不在所选原文中。`, { fieldErrors: { names: `${list}不在所选原文中` } });
  }
  const seen = new Set<string>();
  const drafts = input.names
    .filter((name) => !seen.has(name) && seen.add(name))
    .map((name) => ({
      recordType: input.recordType,
      recordId: null,
      baseVersion: null,
      changeId: null,
      changeVersion: null,
      data:
        input.recordType === 'ORGANISATION'
          ? organisationFromQuote(name, citation)
          : projectFromQuote(name, prefill, citation, citation.exact, input.topicId ?? ''),
    }));
  await refuseExistingNames(
    db,
    input.recordType,
    drafts.map((draft) => draft.data.name),
  );
  const used = new Set<string>();
  for (const draft of drafts) {
    draft.data.slug = await freeSlug(db, input.recordType, draft.data.slug, used);
    used.add(draft.data.slug);
  }
  const changes = await saveNewDrafts(db, actor, drafts, input.submit);
  return changes.map((change) => ({ id: change.id, title: change.title, status: change.status }));
}
