import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ProjectStatus } from '@/lib/generated/prisma/enums';
import {
  publicCitationRecords,
  publicCitations,
  publicRecordDiscrepancies,
  toPublicCitation,
} from '@/lib/public/citations';
import { pageById, pickParam, pickSlug, pickYear, yearRange, type SearchParams } from '@/lib/public/list-params';
import { hasVerifiedCitation, publicFilter } from '@/lib/public/visibility';
import { isSlug } from '@/lib/ids/slug';

/** What every reader of a public project asks for, besides its citations. */
const projectFields = {
  slug: true,
  name: true,
  aliases: true,
  kind: true,
  projectStatus: true,
  location: true,
  investmentAmount: true,
  investmentUnit: true,
  investmentQualifier: true,
  topic: { select: { slug: true, nameZh: true } },
} satisfies Prisma.ProjectSelect;

/** A project as the pages list it, with its citation markers. */
export const projectSummarySelect = { ...projectFields, citations: publicCitations } satisfies Prisma.ProjectSelect;

export type ProjectListItemData = Prisma.ProjectGetPayload<{ select: typeof projectSummarySelect }>;

export const projectSorts = ['name', 'investment', 'updated'] as const;
export const projectStatuses = Object.keys(ProjectStatus) as ProjectStatus[];

/** Long enough to scan, short enough to render fast: every project carries its quotes. */
export const PROJECTS_PER_PAGE = 30;

export function parseProjectFilters(params: SearchParams) {
  return {
    topic: pickSlug(params, 'topic'),
    status: pickParam(params, 'status', projectStatuses),
    year: pickYear(params),
    sort: pickParam(params, 'sort', projectSorts) ?? 'name',
  };
}
export type ProjectFilters = ReturnType<typeof parseProjectFilters>;

// Each ends with the id, so equal values keep one order (a restored backup renders identically).
const orderBy: Record<ProjectFilters['sort'], Prisma.ProjectOrderByWithRelationInput[]> = {
  name: [{ name: 'asc' }, { id: 'asc' }],
  investment: [{ investmentAmount: { sort: 'desc', nulls: 'last' } }, { name: 'asc' }, { id: 'asc' }],
  updated: [{ updatedAt: 'desc' }, { id: 'asc' }],
};

/**
 * The projects readers see, narrowed by the list's filters: published, with a verified citation,
 * in a published topic. The page, the API and the downloads all ask through this one rule.
 */
export function publicProjectsWhere(filters: Partial<Omit<ProjectFilters, 'sort'>> = {}): Prisma.ProjectWhereInput {
  return {
    ...publicFilter,
    ...hasVerifiedCitation,
    topic: { ...publicFilter, ...(filters.topic ? { slug: filters.topic } : {}) },
    ...(filters.status ? { projectStatus: filters.status } : {}),
    ...(filters.year ? { milestones: { some: { date: yearRange(filters.year) } } } : {}),
  };
}

/** A project as the API and the downloads read it out, from one select. */
export const projectRecordSelect = {
  ...projectFields,
  citations: publicCitationRecords,
} satisfies Prisma.ProjectSelect;

export function toPublicProject(p: Prisma.ProjectGetPayload<{ select: typeof projectRecordSelect }>) {
  return {
    slug: p.slug,
    name: p.name,
    aliases: p.aliases,
    kind: p.kind,
    status: p.projectStatus,
    topic: p.topic,
    location: p.location,
    investment:
      p.investmentAmount !== null && p.investmentUnit !== null
        ? { amount: p.investmentAmount.toString(), unit: p.investmentUnit, qualifier: p.investmentQualifier }
        : null,
    citations: p.citations.map(toPublicCitation),
  };
}

export async function listProjects(filters: ProjectFilters, page: number) {
  const where = publicProjectsWhere(filters);
  const [total, projects] = await Promise.all([
    db.project.count({ where }),
    pageById(
      db.project.findMany({
        where,
        orderBy: orderBy[filters.sort],
        skip: (page - 1) * PROJECTS_PER_PAGE,
        take: PROJECTS_PER_PAGE,
        select: { id: true },
      }),
      (ids) => db.project.findMany({ where: { id: { in: ids } }, select: { id: true, ...projectSummarySelect } }),
    ),
  ]);
  return { total, projects };
}

export const getProjectPage = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.project.findFirst({
    where: { slug, ...publicProjectsWhere() },
    select: {
      ...projectSummarySelect,
      id: true,
      aliases: true,
      description: true,
      updatedAt: true,
      place: { select: { slug: true, name: true } },
      parties: {
        where: { organisation: publicFilter },
        select: { role: true, organisation: { select: { slug: true, name: true } } },
      },
      milestones: {
        orderBy: [{ date: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          kind: true,
          date: true,
          datePrecision: true,
          basis: true,
          note: true,
          citations: publicCitations,
        },
      },
      measures: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          label: true,
          value: true,
          unit: true,
          qualifier: true,
          basis: true,
          citations: publicCitations,
        },
      },
      citations: publicCitations,
      discrepancies: publicRecordDiscrepancies,
    },
  });
});
