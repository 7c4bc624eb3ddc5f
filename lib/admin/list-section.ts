import 'server-only';
// What every record list of the admin area shares (/admin/metrics, /admin/projects, …): its shape,
// paging, the search and open-change filter. Each kind declares its own list in
// lib/records/<kind>/admin-list.ts; lib/admin/sections.ts names them.
import { db } from '@/lib/db';
import type { RecordType } from '@/lib/generated/prisma/enums';
import { PAGE_SIZE } from './queries';

export type ListRow = {
  id: string;
  name: string;
  publicHref: string | null;
  topic: string;
  detail: string;
  updatedAt: Date;
};
export type ListFilter = { key: string; label: string; options: Array<{ value: string; label: string }> };
export type ListQuery = {
  query?: string;
  page: number;
  sort: string;
  deleted: boolean;
  /** Chosen filter values by filter key, already checked against the filter's options. */
  filters: Record<string, string>;
};
type ListResult = { total: number; rows: ListRow[] };

export type Section = {
  recordType: RecordType;
  title: string;
  newLabel: string;
  topicHeading: string;
  detailHeading: string;
  sorts: Record<string, string>;
  /** Filters of the list besides the common one on open changes, with their current options. */
  filters: () => Promise<ListFilter[]>;
  list: (query: ListQuery) => Promise<ListResult>;
};

export const page = (q: ListQuery) => ({ skip: (q.page - 1) * PAGE_SIZE, take: PAGE_SIZE });
export const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
export const noFilters = async () => [];

// Every list can be narrowed to records with a change in the workflow.
const OPEN_CHANGE_STATES = { IN_REVIEW: '有待审核的修改', DRAFT: '有未提交的草稿', CHANGES_REQUESTED: '有退回的修改' };
export const openChangeFilter: ListFilter = { key: 'change', label: '修改', options: options(OPEN_CHANGE_STATES) };

/** The where-clause shared by every list: deleted or live, search text, open changes. */
export async function commonWhere(recordType: RecordType, q: ListQuery, searchFields: string[]) {
  const state = q.filters.change as keyof typeof OPEN_CHANGE_STATES | undefined;
  const withChange = state
    ? (
        await db.change.findMany({
          where: { recordType, status: state, recordId: { not: null } },
          select: { recordId: true },
        })
      ).map((c) => c.recordId!)
    : null;
  return {
    deletedAt: q.deleted ? { not: null } : null,
    ...(q.query
      ? { OR: [...searchFields.map((field) => ({ [field]: contains(q.query!) })), { slug: { contains: q.query } }] }
      : {}),
    ...(withChange ? { id: { in: withChange } } : {}),
  };
}

export const topicOptions = async () =>
  (
    await db.topic.findMany({
      where: { deletedAt: null },
      orderBy: { sortOrder: 'asc' },
      select: { slug: true, nameZh: true },
    })
  ).map((t) => ({ value: t.slug, label: t.nameZh }));
const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });
export const publicHref = (status: string, href: string) => (status === 'PUBLISHED' ? href : null);

/** One page of a list and how many records match, counted in parallel. */
export async function countedPage<T>(
  total: Promise<number>,
  found: Promise<T[]>,
  toRow: (record: T) => ListRow,
): Promise<ListResult> {
  const [count, records] = await Promise.all([total, found]);
  return { total: count, rows: records.map(toRow) };
}
