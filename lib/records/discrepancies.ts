import 'server-only';
// A record's discrepancies between documents, read into the form's shape and published in place
// like its facts: a discrepancy and each of its statements keep their row (and id) across edits,
// only new ones are inserted and only removed ones deleted. Shared by projects, agreements and
// organisations, whose `recordDiscrepancies` list this is.
import { canonical } from '@/lib/changes/canonical';
import type { Tx } from '@/lib/db/client';
import { listCitations } from './citation-walk';
import type { DiscrepancyStatementInput, RecordDiscrepancyInput } from './discrepancy-schema';
import { publishAlongside } from './companions';
import type { FieldErrors } from './field-errors';
import type { CompanionRecord } from './record-kind';
import { factDelta } from './sync-facts';

/** The column of RecordDiscrepancy (and of Citation) naming the record; id null for a new record. */
export type DiscrepancyOwner = { column: 'projectId' | 'agreementId' | 'organisationId'; id: string | null };

export const discrepancySelect = {
  orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
  select: {
    id: true,
    aspect: true,
    note: true,
    statements: {
      orderBy: [{ sortOrder: 'asc' as const }, { id: 'asc' as const }],
      select: { id: true, citationId: true, reading: true, preferred: true },
    },
  },
};

type DiscrepancyRow = RecordDiscrepancyInput & { id: string };

export const toDiscrepancy = ({ id, aspect, note, statements }: DiscrepancyRow): RecordDiscrepancyInput => ({
  id,
  aspect,
  note,
  statements: statements.map((s) => ({
    id: s.id,
    citationId: s.citationId,
    reading: s.reading,
    preferred: s.preferred,
  })),
});

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const withoutStatements = ({ aspect, note }: RecordDiscrepancyInput) => ({ aspect, note });

type PlacedStatement = { statement: DiscrepancyStatementInput; discrepancyId: string; index: number };
const placed = (discrepancies: RecordDiscrepancyInput[]) =>
  new Map(
    discrepancies.flatMap((d) =>
      d.statements.map((statement, index): [string, PlacedStatement] => [
        statement.id!,
        { statement, discrepancyId: d.id!, index },
      ]),
    ),
  );

const recordTypeOf = { projectId: 'PROJECT', agreementId: 'AGREEMENT', organisationId: 'ORGANISATION' } as const;

/**
 * Writes the record's discrepancies after its citations (a statement may point at a citation new in
 * this change). `current` is the published record (as `load` gives it), `data` the change's. The
 * other records a changed discrepancy also concerns are published alongside (lib/records/companions.ts).
 */
export async function syncDiscrepancies(
  tx: Tx,
  owner: { column: DiscrepancyOwner['column']; id: string },
  {
    current,
    data,
    companions,
  }: {
    current: { recordDiscrepancies: RecordDiscrepancyInput[] } | null;
    data: { recordDiscrepancies: RecordDiscrepancyInput[] };
    companions: CompanionRecord[];
  },
) {
  const before = current?.recordDiscrepancies ?? [];
  const after = data.recordDiscrepancies;
  const changed = new Set<string>();
  const kept = new Set(after.map((d) => d.id));
  const ownIds = before.map((d) => d.id!);
  const oldStatements = placed(before);
  const newStatements = placed(after);
  // Statements of a removed discrepancy go with it (or stay with it for the other record it concerns).
  const goneStatements = [...oldStatements]
    .filter(([id, old]) => !newStatements.has(id) && kept.has(old.discrepancyId))
    .map(([id]) => id);
  for (const id of goneStatements) changed.add(oldStatements.get(id)!.discrepancyId);
  if (goneStatements.length > 0) {
    await tx.recordDiscrepancyStatement.deleteMany({
      where: { id: { in: goneStatements }, discrepancyId: { in: ownIds } },
    });
  }
  const removed = ownIds.filter((id) => !kept.has(id));
  if (removed.length > 0) {
    // A discrepancy that also concerns another record (a project and its agreement) stays for that one.
    await tx.recordDiscrepancy.updateMany({
      where: { id: { in: removed }, [owner.column]: owner.id },
      data: { [owner.column]: null },
    });
    await tx.recordDiscrepancy.deleteMany({
      where: { id: { in: removed }, projectId: null, agreementId: null, organisationId: null },
    });
  }
  const old = new Map(before.map((d) => [d.id, d]));
  for (const discrepancy of after) {
    const previous = old.get(discrepancy.id);
    if (!previous) {
      await tx.recordDiscrepancy.create({
        data: { id: discrepancy.id, ...withoutStatements(discrepancy), [owner.column]: owner.id },
      });
    } else if (!same(withoutStatements(previous), withoutStatements(discrepancy))) {
      changed.add(discrepancy.id!);
      await tx.recordDiscrepancy.update({
        where: { id: discrepancy.id, [owner.column]: owner.id },
        data: { ...withoutStatements(discrepancy), version: { increment: 1 } },
      });
    }
  }
  // A statement that now cites another citation is written anew under its id: two statements
  // swapping their citations would otherwise meet the (discrepancy, citation) unique key midway.
  const recited = [...newStatements].flatMap(([id, next]) => {
    const previous = oldStatements.get(id);
    return previous && previous.statement.citationId !== next.statement.citationId ? [id] : [];
  });
  if (recited.length > 0) {
    await tx.recordDiscrepancyStatement.deleteMany({ where: { id: { in: recited }, discrepancyId: { in: ownIds } } });
  }
  for (const [id, next] of newStatements) {
    const previous = oldStatements.get(id);
    if (previous && same(previous, next)) continue;
    for (const placed of [previous, next])
      if (placed && old.has(placed.discrepancyId)) changed.add(placed.discrepancyId);
    const row = { ...next.statement, discrepancyId: next.discrepancyId, sortOrder: next.index };
    // Upsert: a statement moved out of a removed discrepancy was deleted with it.
    await tx.recordDiscrepancyStatement.upsert({ where: { id }, create: { ...row, id }, update: row });
  }
  if (changed.size === 0) return;
  const rows = await tx.recordDiscrepancy.findMany({
    where: { id: { in: [...changed] } },
    select: { projectId: true, agreementId: true, organisationId: true },
  });
  const columns = Object.keys(recordTypeOf) as Array<keyof typeof recordTypeOf>;
  await publishAlongside(
    tx,
    companions,
    rows.flatMap((row) =>
      columns.flatMap((column) =>
        column !== owner.column && row[column] ? [{ recordType: recordTypeOf[column], recordId: row[column] }] : [],
      ),
    ),
  );
}

type CitationOwnerRow = {
  id: string;
  verifiedAt: Date | null;
  projectId: string | null;
  agreementId: string | null;
  organisationId: string | null;
  projectMilestone: { projectId: string } | null;
  projectMeasure: { projectId: string } | null;
};

const ownerOfCitation = (row: CitationOwnerRow, column: DiscrepancyOwner['column']) =>
  column === 'projectId'
    ? (row.projectId ?? row.projectMilestone?.projectId ?? row.projectMeasure?.projectId ?? null)
    : row[column];

/**
 * Field errors for what the schema cannot see: each statement's citation must be one of the
 * record's own (in the change) or an existing, verified citation of another record, never one this
 * change removes from the record; ids the client sent must not be another record's.
 */
export async function discrepancyProblems(
  tx: Tx,
  owner: DiscrepancyOwner,
  data: { recordDiscrepancies: RecordDiscrepancyInput[] },
): Promise<FieldErrors> {
  const discrepancies = data.recordDiscrepancies;
  const errors: FieldErrors = {};
  if (discrepancies.length === 0) return errors;
  const own = new Set(listCitations(data).flatMap((c) => (c.id ? [c.id] : [])));
  const statements = discrepancies.flatMap((d, i) =>
    d.statements.map((s, j) => ({ s, path: `recordDiscrepancies.${i}.statements.${j}` })),
  );
  const asked = statements.map(({ s }) => s.citationId).filter((id) => id && !own.has(id));
  const [citations, discrepancyRows, statementRows] = await Promise.all([
    tx.citation.findMany({
      where: { id: { in: asked } },
      select: {
        id: true,
        verifiedAt: true,
        projectId: true,
        agreementId: true,
        organisationId: true,
        projectMilestone: { select: { projectId: true } },
        projectMeasure: { select: { projectId: true } },
      },
    }),
    tx.recordDiscrepancy.findMany({
      where: { id: { in: discrepancies.flatMap((d) => (d.id ? [d.id] : [])) } },
      select: { id: true, [owner.column]: true },
    }),
    tx.recordDiscrepancyStatement.findMany({
      where: { id: { in: statements.flatMap(({ s }) => (s.id ? [s.id] : [])) } },
      select: { id: true, discrepancy: { select: { [owner.column]: true } } },
    }),
  ]);
  const found = new Map(citations.map((row) => [row.id, row]));
  const foreign = (row: Record<string, unknown> | undefined) =>
    row !== undefined && (owner.id === null || row[owner.column] !== owner.id);
  discrepancies.forEach((d, i) => {
    const row = discrepancyRows.find((r) => r.id === d.id) as Record<string, unknown> | undefined;
    if (foreign(row)) errors[`recordDiscrepancies.${i}.id`] = '编号已属于另一条记录';
  });
  for (const { s, path } of statements) {
    const row = statementRows.find((r) => r.id === s.id);
    if (row && foreign(row.discrepancy as Record<string, unknown>)) errors[`${path}.id`] = '编号已属于另一条记录';
    if (!s.citationId || own.has(s.citationId)) continue;
    const citation = found.get(s.citationId);
    if (!citation) errors[`${path}.citationId`] = '找不到这条引文，它可能已被撤下，请另选';
    else if (owner.id !== null && ownerOfCitation(citation, owner.column) === owner.id)
      errors[`${path}.citationId`] = '这条引文已从本记录中删除，请另选或保留该引文';
    else if (!citation.verifiedAt) errors[`${path}.citationId`] = '这条引文尚未核验，不能作为表述';
  }
  return errors;
}

/**
 * Field errors for citations this change removes that a statement of another record's discrepancy
 * cites (the database would delete the statement with it, behind that record's back). Keyed by
 * where the citation was; the first one's message names the record, for the form's message.
 */
export async function citationsStatedElsewhere(tx: Tx, current: unknown, data: unknown): Promise<FieldErrors> {
  const removed = factDelta(current, data).removed('CITATION');
  if (removed.length === 0) return {};
  const kept = ((data as { recordDiscrepancies?: RecordDiscrepancyInput[] }).recordDiscrepancies ?? []).flatMap((d) =>
    d.id ? [d.id] : [],
  );
  const statements = await tx.recordDiscrepancyStatement.findMany({
    // This change's own discrepancies are checked as it writes them (discrepancyProblems).
    where: { citationId: { in: removed.map((fact) => fact.id) }, discrepancyId: { notIn: kept } },
    select: {
      citationId: true,
      discrepancy: {
        select: {
          project: { select: { name: true } },
          agreement: { select: { title: true } },
          organisation: { select: { name: true } },
        },
      },
    },
  });
  const errors: FieldErrors = {};
  for (const statement of statements) {
    const fact = removed.find((f) => f.id === statement.citationId)!;
    const { project, agreement, organisation } = statement.discrepancy;
    const owner = project
      ? `项目「${project.name}」`
      : agreement
        ? `协议「${agreement.title}」`
        : `机构「${organisation?.name ?? ''}」`;
    errors[fact.path.replace(/\.\d+$/, '')] =
      `引文“${String((fact.value as { exact?: unknown }).exact ?? '').slice(0, 20)}…”是${owner}来源分歧中的一条表述，不能删除；请先在那条记录中改选引文。`;
  }
  return errors;
}
