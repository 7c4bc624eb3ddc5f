// The facts inside a record's form data: observations, milestones, measures, parties and
// citations, each an element of an array under a known key and each with an id of its own that it
// keeps from creation to withdrawal. Publishing, diffs, history and withdrawal notices all match
// facts by these ids, never by their position in a list.
import type { FactType } from '@/lib/generated/prisma/enums';
import { canonical } from '@/lib/changes/canonical';

export const FACT_ARRAYS: Record<string, FactType> = {
  observations: 'OBSERVATION',
  milestones: 'MILESTONE',
  measures: 'MEASURE',
  parties: 'PARTY',
  citations: 'CITATION',
};

/**
 * Lists whose rows keep an id from creation like facts, but are no facts of their own (no withdrawal
 * notice, no one-fact form): a record's discrepancies between documents and their statements, and a
 * metric's value discrepancies, which only point at facts (citations, observations). Ids are given and diffs match by id over these and the facts.
 */
export const IDENTIFIED_LISTS: ReadonlySet<string> = new Set([
  ...Object.keys(FACT_ARRAYS),
  'recordDiscrepancies',
  'statements',
  'valueDiscrepancies',
]);

/** Fields of a fact that belong to its change, not to the published fact (see periodReason in fields.ts). */
const CHANGE_ONLY_FIELDS = new Set(['periodReason']);

export type Fact = {
  type: FactType;
  id: string;
  /** Its place in the form data, e.g. observations.2.citations.0 */
  path: string;
  /** Position in its list (citations and measures are ordered). */
  index: number;
  /** The enclosing fact's id; null when the fact hangs on the record itself. */
  ownerId: string | null;
  ownerType: FactType | null;
  /** The fact's own fields (without nested facts and change-only fields). */
  value: Record<string, unknown>;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The fact's own fields: nested fact lists and change-only fields left out. */
export function ownFields(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item).filter(([key]) => !(key in FACT_ARRAYS) && !CHANGE_ONLY_FIELDS.has(key) && key !== 'id'),
  );
}

/** Every fact of a record's data, depth first, in document order. Facts without an id are skipped. */
export function listFacts(data: unknown): Fact[] {
  const facts: Fact[] = [];
  const visit = (value: unknown, path: string[], owner: { id: string; type: FactType } | null) => {
    if (!isObject(value)) return;
    for (const [key, type] of Object.entries(FACT_ARRAYS)) {
      const list = value[key];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (!isObject(item)) return;
        const itemPath = [...path, key, String(index)];
        const id = typeof item.id === 'string' ? item.id : null;
        if (id) {
          facts.push({
            type,
            id,
            path: itemPath.join('.'),
            index,
            ownerId: owner?.id ?? null,
            ownerType: owner?.type ?? null,
            value: ownFields(item),
          });
        }
        visit(item, itemPath, id ? { id, type } : owner);
      });
    }
  };
  visit(data, [], null);
  return facts;
}

/** Every row of an identified list (facts, discrepancies, statements) that has an id, with its path. */
export function identifiedRows(data: unknown): Array<{ id: string; path: string }> {
  const rows: Array<{ id: string; path: string }> = [];
  const visit = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, String(index)]));
    if (!isObject(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      if (IDENTIFIED_LISTS.has(key) && Array.isArray(inner)) {
        inner.forEach((item, index) => {
          if (isObject(item) && typeof item.id === 'string')
            rows.push({ id: item.id, path: [...path, key, String(index)].join('.') });
        });
      }
      visit(inner, [...path, key]);
    }
  };
  visit(data, []);
  return rows;
}

/** The facts of a record by id. */
export const factsById = (data: unknown) => new Map(listFacts(data).map((fact) => [fact.id, fact]));

/** Whether a fact differs from its earlier state (fields, position or owner). */
export function factChanged(before: Fact | undefined, after: Fact): boolean {
  return (
    before === undefined ||
    before.index !== after.index ||
    before.ownerId !== after.ownerId ||
    JSON.stringify(canonical(before.value)) !== JSON.stringify(canonical(after.value))
  );
}

/**
 * The data with an id given to every fact that has none (a new row from a form, or a change saved
 * before facts had ids). `newId` is injected so this stays free of Node and browser APIs.
 */
export function withFactIds<T>(data: T, newId: () => string): T {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!isObject(value)) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        IDENTIFIED_LISTS.has(key) && Array.isArray(inner)
          ? inner.map((item) =>
              isObject(item) && !item.id ? { id: newId(), ...(visit(item) as object) } : visit(item),
            )
          : visit(inner),
      ]),
    );
  };
  return visit(data) as T;
}

/**
 * Optional fields of the record schemas, whose absence is a value the editor chose: a new fact has
 * no id, a citation of the whole fact no `field`.
 * (facts.test.ts holds this list to the schemas.)
 */
export const ABSENT_BY_CHOICE: ReadonlySet<string> = new Set(['id', 'field']);

/** The lists that point at facts by id, and how each names them. */
const DISCREPANCY_LISTS = ['valueDiscrepancies', 'recordDiscrepancies'] as const;

/**
 * A record's discrepancy lists without the facts in `removed`: a value discrepancy lets go of a
 * removed observation, a record discrepancy of a statement citing a removed citation, and a
 * discrepancy left with fewer than two (the least the schemas allow) goes.
 */
export function withoutDiscrepancyReferences(
  data: Record<string, unknown>,
  removed: ReadonlySet<string>,
  keys: readonly string[] = DISCREPANCY_LISTS,
): Record<string, unknown> {
  if (removed.size === 0) return data;
  const pruned = { ...data };
  for (const key of keys) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    pruned[key] = list.flatMap((item) => {
      if (!isObject(item)) return [item];
      if (Array.isArray(item.observationIds)) {
        const observationIds = item.observationIds.filter((id) => !removed.has(id as string));
        return observationIds.length >= 2 ? [{ ...item, observationIds }] : [];
      }
      if (Array.isArray(item.statements)) {
        const statements = item.statements.filter((s) => !(isObject(s) && removed.has(s.citationId as string)));
        return statements.length >= 2 ? [{ ...item, statements }] : [];
      }
      return [item];
    });
  }
  return pruned;
}

/**
 * Stored data (a draft, an old revision) with every field it lacks taken from the record as it is
 * now, facts matched by id. A field added to a form after the data was saved is missing from it,
 * and missing must mean "unchanged": parsed alone it would take the schema's default and publishing
 * would clear what the record holds (its aliases, its discrepancies, an observation's scope).
 */
export function withMissingFieldsFrom(stored: unknown, current: unknown): unknown {
  if (!isObject(stored) || !isObject(current)) return stored;
  const filled = filledFrom(stored, current);
  // A discrepancy list taken from the record may name facts the stored data no longer has.
  const kept = new Set(listFacts(stored).map((fact) => fact.id));
  const removed = new Set(listFacts(current).flatMap((fact) => (kept.has(fact.id) ? [] : [fact.id])));
  return withoutDiscrepancyReferences(
    filled,
    removed,
    DISCREPANCY_LISTS.filter((key) => !(key in stored)),
  );
}

function filledFrom(stored: Record<string, unknown>, current: Record<string, unknown>): Record<string, unknown> {
  const filled: Record<string, unknown> = { ...stored };
  for (const [key, now] of Object.entries(current)) {
    const then = stored[key];
    if (!(key in stored)) {
      if (!ABSENT_BY_CHOICE.has(key)) filled[key] = now;
    } else if (IDENTIFIED_LISTS.has(key) && Array.isArray(then) && Array.isArray(now)) {
      const nowById = new Map(now.flatMap((item) => (isObject(item) && item.id ? [[item.id, item]] : [])));
      filled[key] = then.map((item) => {
        const match = isObject(item) && item.id ? nowById.get(item.id) : undefined;
        return isObject(item) && isObject(match) ? filledFrom(item, match) : item;
      });
    } else if (isObject(then) && isObject(now)) filled[key] = filledFrom(then, now);
  }
  return filled;
}
