import 'server-only';
// Read-only queries behind the admin pages. Writes never happen here: they go through lib/changes.
import { db } from '@/lib/db';
import { isUuid } from '@/lib/ids/uuid';
import type { ChangeStatus, RecordType } from '@/lib/generated/prisma/enums';
import { fieldErrorsOf } from '@/lib/records/field-errors';
import { listCitations } from '@/lib/records/citation-walk';
import { isOpen } from '@/lib/changes/rules';
import { withMissingFieldsFrom } from '@/lib/records/facts';
import { recordKind } from '@/lib/records/kinds';
import { unapprovedSourceNote } from '@/lib/sources/publication';
import { verifyCitedValues } from '@/lib/records/verify-citations';
import type { Prisma } from '@/lib/generated/prisma/client';

export const PAGE_SIZE = 20;

/** Choices the record forms offer: topics, organisations and the current version of each source. */
export async function formOptions() {
  const [topics, organisations, sources] = await Promise.all([
    db.topic.findMany({
      where: { deletedAt: null },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, nameZh: true },
    }),
    db.organisation.findMany({
      where: { deletedAt: null },
      orderBy: { name: 'asc' },
      select: { id: true, name: true },
    }),
    // Editors cite the newest version of each document (drafts included): a corrected text is
    // what new citations should point at, even before the public sees it.
    db.sourceDocument.findMany({
      where: { deletedAt: null },
      orderBy: { title: 'asc' },
      select: { title: true, versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true } } },
    }),
  ]);
  return {
    topics: topics.map((t) => ({ id: t.id, label: t.nameZh })),
    organisations: organisations.map((o) => ({ id: o.id, label: o.name })),
    sources: sources.flatMap((s) =>
      s.versions[0]
        ? [
            {
              versionId: s.versions[0].id,
              title: s.versions[0].number > 1 ? `${s.title}（第 ${s.versions[0].number} 版）` : s.title,
            },
          ]
        : [],
    ),
  };
}
export type FormOptions = Awaited<ReturnType<typeof formOptions>>;

export async function sourceVersionText(versionId: string) {
  return db.sourceVersion.findUnique({ where: { id: versionId }, select: { id: true, text: true } });
}

const changeListSelect = {
  id: true,
  title: true,
  recordType: true,
  action: true,
  status: true,
  submittedAt: true,
  updatedAt: true,
  author: { select: { name: true } },
} as const;

export async function listChanges(options: { authorId?: string; statuses?: ChangeStatus[]; page: number }) {
  const where: Prisma.ChangeWhereInput = {
    ...(options.authorId ? { authorId: options.authorId } : {}),
    ...(options.statuses ? { status: { in: options.statuses } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.change.count({ where }),
    db.change.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }],
      skip: (options.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: changeListSelect,
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** What awaits review, oldest first. */
export async function reviewQueue() {
  return db.change.findMany({
    where: { status: 'IN_REVIEW' },
    orderBy: [{ submittedAt: 'asc' }],
    select: changeListSelect,
  });
}

export async function countAwaitingReview() {
  return db.change.count({ where: { status: 'IN_REVIEW' } });
}

/**
 * A change with everything its pages show. An open change's data reads a field it was saved
 * without (one the form gained since) as the record's current value, as publishing it would.
 */
export async function getChange(id: string) {
  const change = await db.change.findUnique({
    where: { id },
    include: {
      author: { select: { id: true, name: true } },
      revisions: {
        orderBy: { number: 'asc' },
        select: { number: true, editorId: true, createdAt: true, editor: { select: { name: true } } },
      },
      decisions: { orderBy: { createdAt: 'asc' }, include: { reviewer: { select: { name: true } } } },
      comments: { orderBy: { createdAt: 'asc' }, include: { author: { select: { name: true } } } },
    },
  });
  // A closed change (published, rejected, discarded) is shown as it was.
  if (!change?.recordId || !isOpen(change)) return change;
  const current = await loadRecord(change.recordType, change.recordId);
  return {
    ...change,
    proposedData: withMissingFieldsFrom(change.proposedData, current?.data ?? null) as Prisma.JsonValue,
  };
}

/** A record as its edit form and diffs see it, or null. */
export async function loadRecord(recordType: RecordType, id: string) {
  const kind = recordKind(recordType);
  return db.$transaction((tx) => kind.load(tx, id));
}

/**
 * What a reviewer should see, re-checked now: citations that no longer verify and values absent
 * from their quotes (by field), and consistency notes such as a growth rate that does not fit.
 */
export async function reviewWarnings(recordType: RecordType, data: unknown) {
  const kind = recordKind(recordType);
  const parsed = kind.schema.safeParse(data);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), notes: [] };
  return db.$transaction(async (tx) => {
    const pendingSources = await unapprovedSourceNote(tx, [
      ...new Set(listCitations(parsed.data).map((citation) => citation.sourceVersionId)),
    ]);
    return {
      fieldErrors: await verifyCitedValues(tx, kind.citedValues(parsed.data)),
      notes: [...(pendingSources ? [pendingSources] : []), ...((await kind.warnings?.(tx, parsed.data)) ?? [])],
    };
  });
}

export async function listSourcesForAdmin() {
  const rows = await db.sourceDocument.findMany({
    where: { deletedAt: null },
    orderBy: [{ createdAt: 'desc' }, { title: 'asc' }],
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      createdAt: true,
      currentVersion: { select: { number: true } },
      versions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } },
    },
  });
  return rows.map((row) => ({
    ...row,
    currentNumber: row.currentVersion?.number ?? null,
    latestNumber: row.versions[0]?.number ?? null,
  }));
}

export async function getSourceForAdmin(id: string) {
  const [document, proposals] = await Promise.all([
    db.sourceDocument.findUnique({
      where: { id },
      select: {
        id: true,
        slug: true,
        title: true,
        kind: true,
        status: true,
        currentVersionId: true,
        versions: {
          orderBy: { number: 'desc' },
          select: {
            id: true,
            number: true,
            fileName: true,
            charCount: true,
            importedAt: true,
            approvedAt: true,
            note: true,
            _count: { select: { citations: true } },
          },
        },
      },
    }),
    // The changes that propose a version's text for review, newest first.
    db.change.findMany({
      where: { recordType: 'SOURCE_DOCUMENT', recordId: id },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      select: { id: true, status: true, proposedData: true },
    }),
  ]);
  if (!document) return null;
  const proposalOf = (versionId: string) =>
    proposals.find((change) => (change.proposedData as { versionId?: unknown } | null)?.versionId === versionId) ??
    null;
  return {
    ...document,
    versions: document.versions.map((version) => ({ ...version, proposal: proposalOf(version.id) })),
  };
}

/** One version's full text and the text of the version before it, for reading and comparing. */
export async function getSourceVersionText(documentId: string, number: number) {
  const versions = await db.sourceVersion.findMany({
    where: { documentId, number: { in: [number - 1, number] } },
    orderBy: { number: 'asc' },
    select: {
      id: true,
      number: true,
      text: true,
      fileName: true,
      sha256: true,
      charCount: true,
      approvedAt: true,
      note: true,
      document: { select: { title: true, currentVersionId: true } },
    },
  });
  const version = versions.find((v) => v.number === number);
  return version ? { version, previous: versions.find((v) => v.number === number - 1) ?? null } : null;
}

/**
 * For a change to a source document: the version it would approve and the approved version it
 * replaces (null for a first version); null when the change keeps the approved text.
 */
export async function sourceChangeTexts(proposedData: unknown, currentData: unknown) {
  const idOf = (data: unknown) => {
    const id = (data as { versionId?: unknown } | null)?.versionId;
    return typeof id === 'string' && isUuid(id) ? id : null;
  };
  const proposedId = idOf(proposedData);
  if (!proposedId) return null;
  const currentId = idOf(currentData);
  const versions = await db.sourceVersion.findMany({
    where: { id: { in: [proposedId, ...(currentId ? [currentId] : [])] } },
    select: { id: true, documentId: true, number: true, text: true, charCount: true, approvedAt: true },
  });
  const proposed = versions.find((v) => v.id === proposedId);
  // A change of the details alone keeps the approved text: nothing to read again.
  if (!proposed || (proposedId === currentId && proposed.approvedAt !== null)) return null;
  const approved = versions.find((v) => v.id === currentId && v.id !== proposedId && v.approvedAt !== null) ?? null;
  return { proposed, approved };
}
