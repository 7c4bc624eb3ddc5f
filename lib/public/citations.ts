import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { markerFields } from '@/lib/citations/cited-fields';
import { formatPartialDate } from '@/lib/dates/partial-date';
import { env } from '@/lib/env';
import { pageAt } from '@/lib/sources/pages';
import { formatFigure, formatGrowth } from '@/lib/format/value';
import { publicFilter } from '@/lib/public/visibility';

/** A citation is public only when the record it supports is public. */
export const publicCitationWhere = {
  OR: [
    { observation: { ...publicFilter, metric: publicFilter } },
    { metric: publicFilter },
    { project: publicFilter },
    { projectMilestone: { project: publicFilter } },
    { projectMeasure: { project: publicFilter } },
    { agreement: publicFilter },
    { organisation: publicFilter },
  ],
} satisfies Prisma.CitationWhereInput;

/** A citation a reader can follow: public, on a published document. */
export const liveCitationWhere = {
  ...publicCitationWhere,
  sourceVersion: { document: publicFilter },
} satisfies Prisma.CitationWhereInput;

/** What a citation marker says of the document a quote comes from. */
export const citationDocumentSelect = {
  slug: true,
  title: true,
  publisher: true,
  statedDate: true,
  statedDatePrecision: true,
  estimatedDate: true,
  estimatedDatePrecision: true,
} satisfies Prisma.SourceDocumentSelect;

/** What a citation marker needs: the quote, and the document it comes from. */
export const citationMarkerSelect = {
  id: true,
  exact: true,
  field: true,
  sourceVersion: { select: { document: { select: citationDocumentSelect } } },
} satisfies Prisma.CitationSelect;

export type CitationMarkerData = Prisma.CitationGetPayload<{ select: typeof citationMarkerSelect }>;

/**
 * A public record's verified citations as the API and the downloads read them out: the quote, its
 * offsets and page, and what its document states of itself. Nested under a record the query already
 * filters public, like `publicCitations`.
 */
export const publicCitationRecords = {
  where: { verifiedAt: { not: null } },
  orderBy: [
    { sortOrder: 'asc' },
    { startOffset: 'asc' },
    { id: 'asc' },
  ] satisfies Prisma.CitationOrderByWithRelationInput[],
  select: {
    id: true,
    exact: true,
    startOffset: true,
    endOffset: true,
    field: true,
    sourceVersion: { select: { pageStarts: true, document: { select: citationDocumentSelect } } },
  },
};

type PublicCitationRow = Prisma.CitationGetPayload<{ select: typeof publicCitationRecords.select }>;

/** One citation as every machine-readable output states it. */
export function toPublicCitation(row: PublicCitationRow) {
  const { slug, title, publisher, statedDate, statedDatePrecision } = row.sourceVersion.document;
  return {
    id: row.id,
    source: slug,
    sourceTitle: title,
    publisher,
    // The date the document states of itself, as precisely as it states it; null where it does not say.
    sourceDate:
      statedDate && statedDatePrecision
        ? formatPartialDate({ date: statedDate, precision: statedDatePrecision })
        : null,
    quote: row.exact,
    start: row.startOffset,
    end: row.endOffset,
    field: row.field,
    // The page of a PDF original the passage is on; null for texts without pages.
    page: pageAt(row.sourceVersion.pageStarts, row.startOffset),
    url: `${env.siteUrl()}/sources/${slug}#cite-${row.id}`,
  };
}

export type PublicCitation = ReturnType<typeof toPublicCitation>;

/**
 * A public record's citations for its markers, in their order (the id settles ties). Only for a
 * select nested under a record the query already filters public: its citations are then public by
 * definition, and filtering them again by `publicCitationWhere` (an OR of seven relation filters per
 * row) made the project list spend most of its time in PostgreSQL.
 */
export const publicCitations = {
  orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] satisfies Prisma.CitationOrderByWithRelationInput[],
  select: citationMarkerSelect,
};

/**
 * What documents disagree about a record (its stage, a date, its name), each side a live quote. Both
 * ends must be public: a statement whose citation's record is a draft is left out.
 */
export const publicRecordDiscrepancies = {
  orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] satisfies Prisma.RecordDiscrepancyOrderByWithRelationInput[],
  select: {
    id: true,
    aspect: true,
    note: true,
    statements: {
      where: { citation: liveCitationWhere },
      orderBy: [
        { sortOrder: 'asc' },
        { id: 'asc' },
      ] satisfies Prisma.RecordDiscrepancyStatementOrderByWithRelationInput[],
      select: { id: true, reading: true, preferred: true, citation: { select: citationMarkerSelect } },
    },
  },
};

export type RecordDiscrepancyData = Prisma.RecordDiscrepancyGetPayload<{
  select: typeof publicRecordDiscrepancies.select;
}>;

/** The records a citation supports, for a source page's "cited by" notes. */
export const citationTargetSelect = {
  exact: true,
  field: true,
  observation: {
    select: {
      id: true,
      periodLabel: true,
      value: true,
      qualifier: true,
      basis: true,
      isCumulative: true,
      growthRate: true,
      growthQualifier: true,
      rankStatement: true,
      metric: { select: { slug: true, nameZh: true, unit: true } },
    },
  },
  metric: { select: { slug: true, nameZh: true } },
  project: { select: { slug: true, name: true } },
  projectMilestone: { select: { project: { select: { slug: true, name: true } } } },
  projectMeasure: { select: { label: true, project: { select: { slug: true, name: true } } } },
  agreement: { select: { slug: true, title: true } },
  organisation: { select: { slug: true, name: true } },
} satisfies Prisma.CitationSelect;

type CitationTargets = Prisma.CitationGetPayload<{ select: typeof citationTargetSelect }>;

export type CitedBy = { href: string; label: string; kind: string };

export function describeCitationTarget(citation: CitationTargets): CitedBy | null {
  const { observation, metric, project, projectMilestone, projectMeasure, agreement, organisation } = citation;
  if (observation) {
    const figures = {
      value: observation.value.toString(),
      unit: observation.metric.unit,
      growthRate: observation.growthRate?.toString() ?? null,
      rankStatement: observation.rankStatement,
    };
    // Name the figures the quote supports: a quote of the growth rate is not "GDP 1325亿元".
    const stated = markerFields(citation, figures).map((field) =>
      field === 'value'
        ? formatFigure({ ...observation, unit: observation.metric.unit })
        : field === 'growthRate' && observation.growthRate !== null
          ? `增速 ${formatGrowth(observation.growthRate, observation.growthQualifier)}`
          : (observation.rankStatement ?? ''),
    );
    return {
      kind: '指标',
      href: `/metrics/${observation.metric.slug}#obs-${observation.id}`,
      label: [`${observation.metric.nameZh} · ${observation.periodLabel}`, ...stated].join(' '),
    };
  }
  if (metric) return { kind: '指标', href: `/metrics/${metric.slug}`, label: metric.nameZh };
  const projectRef = project ?? projectMilestone?.project ?? projectMeasure?.project;
  if (projectRef) {
    const detail = projectMeasure ? ` · ${projectMeasure.label}` : projectMilestone ? ' · 进度' : '';
    return { kind: '项目', href: `/projects/${projectRef.slug}`, label: projectRef.name + detail };
  }
  if (agreement) return { kind: '协议', href: `/agreements/${agreement.slug}`, label: agreement.title };
  if (organisation) return { kind: '单位', href: `/partners/${organisation.slug}`, label: organisation.name };
  return null;
}
