import 'server-only';
// The record lists of the admin area, one per section (/admin/metrics, /admin/projects, …): what
// each lists, how it searches and sorts, and which record type its forms edit.
import { db } from '@/lib/db';
import type { AgreementKind, OrganisationKind, ProjectStatus, RecordType } from '@/lib/generated/prisma/enums';
import { agreementKindLabel, organisationKindLabel, projectStatusLabel } from '@/lib/labels';
import { formatPartialDate } from '@/lib/dates/partial-date';
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
type ListQuery = {
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

const page = (q: ListQuery) => ({ skip: (q.page - 1) * PAGE_SIZE, take: PAGE_SIZE });
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const noFilters = async () => [];

// Every list can be narrowed to records with a change in the workflow.
const OPEN_CHANGE_STATES = { IN_REVIEW: '有待审核的修改', DRAFT: '有未提交的草稿', CHANGES_REQUESTED: '有退回的修改' };
export const openChangeFilter: ListFilter = { key: 'change', label: '修改', options: options(OPEN_CHANGE_STATES) };

/** The where-clause shared by every list: deleted or live, search text, open changes. */
async function commonWhere(recordType: RecordType, q: ListQuery, searchFields: string[]) {
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

const topicOptions = async () =>
  (
    await db.topic.findMany({
      where: { deletedAt: null },
      orderBy: { sortOrder: 'asc' },
      select: { slug: true, nameZh: true },
    })
  ).map((t) => ({ value: t.slug, label: t.nameZh }));
const contains = (value: string) => ({ contains: value, mode: 'insensitive' as const });
const publicHref = (status: string, href: string) => (status === 'PUBLISHED' ? href : null);

export const sections: Record<string, Section> = {
  metrics: {
    recordType: 'METRIC',
    title: '指标',
    newLabel: '新建指标',
    topicHeading: '专题',
    detailHeading: '观测值',
    sorts: { name: '名称', updated: '最近更新' },
    filters: async () => [{ key: 'topic', label: '专题', options: await topicOptions() }],
    list: async (q) => {
      const where = {
        ...(await commonWhere('METRIC', q, ['nameZh'])),
        ...(q.filters.topic ? { topic: { slug: q.filters.topic } } : {}),
      };
      const [total, rows] = await Promise.all([
        db.metric.count({ where }),
        db.metric.findMany({
          where,
          orderBy: q.sort === 'updated' ? [{ updatedAt: 'desc' }, { nameZh: 'asc' }] : [{ nameZh: 'asc' }],
          ...page(q),
          select: {
            id: true,
            slug: true,
            nameZh: true,
            unit: true,
            status: true,
            updatedAt: true,
            topic: { select: { nameZh: true } },
            _count: { select: { observations: true } },
          },
        }),
      ]);
      return {
        total,
        rows: rows.map((m) => ({
          id: m.id,
          name: m.unit ? `${m.nameZh}（${m.unit}）` : m.nameZh,
          publicHref: publicHref(m.status, `/metrics/${m.slug}`),
          topic: m.topic.nameZh,
          detail: `${m._count.observations} 个`,
          updatedAt: m.updatedAt,
        })),
      };
    },
  },
  projects: {
    recordType: 'PROJECT',
    title: '项目',
    newLabel: '新建项目',
    topicHeading: '专题',
    detailHeading: '进度',
    sorts: { name: '名称', updated: '最近更新', status: '进度' },
    filters: async () => [
      { key: 'topic', label: '专题', options: await topicOptions() },
      { key: 'progress', label: '进度', options: options(projectStatusLabel) },
    ],
    list: async (q) => {
      const where = {
        ...(await commonWhere('PROJECT', q, ['name'])),
        ...(q.filters.topic ? { topic: { slug: q.filters.topic } } : {}),
        ...(q.filters.progress ? { projectStatus: q.filters.progress as ProjectStatus } : {}),
      };
      const orderBy =
        q.sort === 'updated'
          ? [{ updatedAt: 'desc' as const }, { name: 'asc' as const }]
          : q.sort === 'status'
            ? [{ projectStatus: 'asc' as const }, { name: 'asc' as const }]
            : [{ name: 'asc' as const }];
      const [total, rows] = await Promise.all([
        db.project.count({ where }),
        db.project.findMany({
          where,
          orderBy,
          ...page(q),
          select: {
            id: true,
            slug: true,
            name: true,
            projectStatus: true,
            status: true,
            updatedAt: true,
            topic: { select: { nameZh: true } },
          },
        }),
      ]);
      return {
        total,
        rows: rows.map((p) => ({
          id: p.id,
          name: p.name,
          publicHref: publicHref(p.status, `/projects/${p.slug}`),
          topic: p.topic.nameZh,
          detail: projectStatusLabel[p.projectStatus],
          updatedAt: p.updatedAt,
        })),
      };
    },
  },
  agreements: {
    recordType: 'AGREEMENT',
    title: '合作协议',
    newLabel: '新建协议',
    topicHeading: '合作地区',
    detailHeading: '类型与日期',
    sorts: { date: '签署日期', title: '名称', updated: '最近更新' },
    filters: async () => [
      {
        key: 'partner',
        label: '合作地区',
        options: (
          await db.organisation.findMany({
            where: { deletedAt: null, partnerAgreements: { some: {} } },
            orderBy: { name: 'asc' },
            select: { slug: true, name: true },
          })
        ).map((o) => ({ value: o.slug, label: o.name })),
      },
      { key: 'kind', label: '类型', options: options(agreementKindLabel) },
    ],
    list: async (q) => {
      const where = {
        ...(await commonWhere('AGREEMENT', q, ['title'])),
        ...(q.filters.partner ? { partnerRegion: { slug: q.filters.partner } } : {}),
        ...(q.filters.kind ? { kind: q.filters.kind as AgreementKind } : {}),
      };
      const orderBy =
        q.sort === 'title'
          ? [{ title: 'asc' as const }]
          : q.sort === 'updated'
            ? [{ updatedAt: 'desc' as const }, { title: 'asc' as const }]
            : [{ signedOn: { sort: 'desc' as const, nulls: 'last' as const } }, { title: 'asc' as const }];
      const [total, rows] = await Promise.all([
        db.agreement.count({ where }),
        db.agreement.findMany({
          where,
          orderBy,
          ...page(q),
          select: {
            id: true,
            slug: true,
            title: true,
            kind: true,
            signedOn: true,
            signedOnPrecision: true,
            status: true,
            updatedAt: true,
            partnerRegion: { select: { name: true } },
          },
        }),
      ]);
      return {
        total,
        rows: rows.map((a) => ({
          id: a.id,
          name: a.title,
          publicHref: publicHref(a.status, `/agreements/${a.slug}`),
          topic: a.partnerRegion?.name ?? '—',
          detail: `${agreementKindLabel[a.kind]}${
            a.signedOn && a.signedOnPrecision
              ? `，${formatPartialDate({ date: a.signedOn, precision: a.signedOnPrecision })}`
              : ''
          }`,
          updatedAt: a.updatedAt,
        })),
      };
    },
  },
  organisations: {
    recordType: 'ORGANISATION',
    title: '机构与地点',
    newLabel: '新建机构',
    topicHeading: '上级',
    detailHeading: '类型',
    sorts: { name: '名称', updated: '最近更新' },
    filters: async () => [{ key: 'kind', label: '类型', options: options(organisationKindLabel) }],
    list: async (q) => {
      const where = {
        ...(await commonWhere('ORGANISATION', q, ['name', 'shortName'])),
        ...(q.filters.kind ? { kind: q.filters.kind as OrganisationKind } : {}),
      };
      const [total, rows] = await Promise.all([
        db.organisation.count({ where }),
        db.organisation.findMany({
          where,
          orderBy: q.sort === 'updated' ? [{ updatedAt: 'desc' }, { name: 'asc' }] : [{ name: 'asc' }],
          ...page(q),
          select: {
            id: true,
            slug: true,
            name: true,
            kind: true,
            status: true,
            updatedAt: true,
            parent: { select: { name: true } },
          },
        }),
      ]);
      return {
        total,
        rows: rows.map((o) => ({
          id: o.id,
          name: o.name,
          publicHref: o.kind === 'REGION' ? publicHref(o.status, `/partners/${o.slug}`) : null,
          topic: o.parent?.name ?? '—',
          detail: organisationKindLabel[o.kind],
          updatedAt: o.updatedAt,
        })),
      };
    },
  },
  topics: {
    recordType: 'TOPIC',
    title: '专题',
    newLabel: '新建专题',
    topicHeading: '英文名称',
    detailHeading: '排序',
    sorts: { order: '排序', name: '名称' },
    filters: noFilters,
    list: async (q) => {
      const where = await commonWhere('TOPIC', q, ['nameZh']);
      const [total, rows] = await Promise.all([
        db.topic.count({ where }),
        db.topic.findMany({
          where,
          orderBy: q.sort === 'name' ? [{ nameZh: 'asc' }] : [{ sortOrder: 'asc' }, { nameZh: 'asc' }],
          ...page(q),
        }),
      ]);
      return {
        total,
        rows: rows.map((t) => ({
          id: t.id,
          name: t.nameZh,
          publicHref: publicHref(t.status, `/topics/${t.slug}`),
          topic: t.nameEn,
          detail: String(t.sortOrder),
          updatedAt: t.updatedAt,
        })),
      };
    },
  },
};
