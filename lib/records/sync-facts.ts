import 'server-only';
// Publishing writes a record's facts in place: a fact keeps its row (and so its id, its public
// anchor and its API id) across any number of edits; only new facts are inserted and only removed
// ones deleted, and an unchanged fact is not written at all.
import type { Tx } from '@/lib/db/client';
import type { FactType, RecordType } from '@/lib/generated/prisma/enums';
import type { CitationColumn } from './citation-rows';
import { factChanged, factsById, identifiedRows, listFacts, type Fact } from './facts';
import type { FieldErrors } from './field-errors';
import type { CitationInput } from './fields';

export type FactDelta = ReturnType<typeof factDelta>;

/** What publishing `after` over `before` (the record as it is, null for a new one) does to each fact. */
export function factDelta(before: unknown, after: unknown) {
  const old = factsById(before);
  const next = factsById(after);
  return {
    old,
    next,
    removed: (type?: FactType): Fact[] =>
      [...old.values()].filter((f) => (!type || f.type === type) && !next.has(f.id)),
    status: (id: string): 'new' | 'changed' | 'same' => {
      const fact = next.get(id);
      if (!old.has(id)) return 'new';
      return fact && factChanged(old.get(id), fact) ? 'changed' : 'same';
    },
  };
}

/** Deletes removed rows of one fact type, then creates new and updates changed ones, in list order. */
export async function syncFacts<T extends { id?: string }>(
  delta: FactDelta,
  type: FactType,
  items: T[],
  ops: {
    create: (item: T, id: string, index: number) => Promise<unknown>;
    update: (item: T, id: string, index: number) => Promise<unknown>;
    remove: (ids: string[]) => Promise<unknown>;
  },
) {
  const removed = delta.removed(type).map((fact) => fact.id);
  if (removed.length > 0) await ops.remove(removed);
  for (const [index, item] of items.entries()) {
    if (!item.id) throw new Error(`a ${type} fact reached publishing without an id`);
    const status = delta.status(item.id);
    if (status === 'new') await ops.create(item, item.id, index);
    else if (status === 'changed') await ops.update(item, item.id, index);
  }
}

const columnOfFact: Partial<Record<FactType, CitationColumn>> = {
  OBSERVATION: 'observationId',
  MILESTONE: 'projectMilestoneId',
  MEASURE: 'projectMeasureId',
};
const columnOfRecord: Partial<Record<RecordType, CitationColumn>> = {
  METRIC: 'metricId',
  PROJECT: 'projectId',
  AGREEMENT: 'agreementId',
  ORGANISATION: 'organisationId',
};
const noOwner = Object.fromEntries(
  [...Object.values(columnOfFact), ...Object.values(columnOfRecord)].map((column) => [column, null]),
) as Record<CitationColumn, null>;

/**
 * Writes every citation of a record after its other facts: a citation is attached to the fact that
 * holds it (or the record). Upsert, because a citation moved from a removed fact was deleted with it.
 * The seed's `note` of a citation is left as it is.
 */
export async function syncCitations(tx: Tx, recordType: RecordType, recordId: string, delta: FactDelta, now: Date) {
  const removed = delta.removed('CITATION').map((fact) => fact.id);
  if (removed.length > 0) await tx.citation.deleteMany({ where: { id: { in: removed } } });
  for (const fact of delta.next.values()) {
    if (fact.type !== 'CITATION' || delta.status(fact.id) === 'same') continue;
    const column = fact.ownerType ? columnOfFact[fact.ownerType] : columnOfRecord[recordType];
    if (!column) throw new Error(`citations cannot hang on ${fact.ownerType ?? recordType}`);
    const c = fact.value as CitationInput;
    const row = {
      sourceVersionId: c.sourceVersionId,
      exact: c.exact,
      prefix: c.prefix,
      suffix: c.suffix,
      startOffset: c.start,
      endOffset: c.end,
      field: c.field ?? null,
      sortOrder: fact.index,
      verifiedAt: now,
      ...noOwner,
      [column]: fact.ownerId ?? recordId,
    };
    await tx.citation.upsert({
      where: { id: fact.id },
      create: { id: fact.id, ...row },
      update: { ...row, version: { increment: 1 } },
    });
  }
}

/**
 * Field errors for fact ids a client sent that are not this record's own: an id used twice, or
 * one that belongs (or belonged) to another record. Without this check a forged form could move
 * another record's citation, or fail on a duplicate key.
 */
export async function foreignFactIds(
  tx: Tx,
  recordId: string | null,
  data: unknown,
  current: unknown,
  clientIds: Set<string>,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const own = factsById(current);
  // Any row with an id (a fact, a discrepancy, a statement) is written by it: two rows, one id is a forgery.
  const seen = new Set<string>();
  for (const row of identifiedRows(data)) {
    if (seen.has(row.id)) errors[`${row.path}.id`] = '编号重复';
    seen.add(row.id);
  }
  const unknown = listFacts(data).filter((fact) => clientIds.has(fact.id) && !own.has(fact.id));
  if (unknown.length === 0) return errors;
  const ids = unknown.map((fact) => fact.id);
  const where = { where: { id: { in: ids } }, select: { id: true } };
  const taken = await Promise.all([
    tx.citation.findMany(where),
    tx.observation.findMany(where),
    tx.projectMilestone.findMany(where),
    tx.projectMeasure.findMany(where),
    tx.projectParty.findMany(where),
    tx.agreementParty.findMany(where),
    tx.withdrawnFact.findMany({
      where: { factId: { in: ids }, ...(recordId ? { recordId: { not: recordId } } : {}) },
      select: { id: true, factId: true },
    }),
  ]);
  const used = new Set(taken.flat().map((row) => ('factId' in row ? row.factId : row.id)));
  for (const fact of unknown) {
    if (used.has(fact.id)) errors[`${fact.path}.id`] = '编号已属于另一条记录';
  }
  return errors;
}
