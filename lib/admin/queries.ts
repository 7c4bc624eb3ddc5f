import 'server-only';
// Read-only queries behind the admin pages. Writes never happen here: they go through lib/changes.
import { db } from '@/lib/db';
import type { ChangeStatus, RecordType } from '@/lib/generated/prisma/enums';
import { fieldErrorsOf } from '@/lib/records/field-errors';
import { recordKind } from '@/lib/records/kinds';
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

export async function getChange(id: string) {
  return db.change.findUnique({
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
}

/** Names for the ids a record's data refers to, so a diff can show 德阳市 rather than a uuid. */
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
  return db.$transaction(async (tx) => ({
    fieldErrors: await verifyCitedValues(tx, kind.citedValues(parsed.data)),
    notes: (await kind.warnings?.(tx, parsed.data)) ?? [],
  }));
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
  return db.sourceDocument.findUnique({
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
          note: true,
          _count: { select: { citations: true } },
        },
      },
    },
  });
}
