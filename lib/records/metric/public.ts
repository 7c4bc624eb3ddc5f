import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { StatementRank, ValueBasis, ValueQualifier } from '@/lib/generated/prisma/enums';
import { formatPeriod } from '@/lib/dates/period';
import { readRanks } from '@/lib/records/metric/rank';
import type { CitationMarkerData } from '@/lib/public/citations';
import { publicCitationRecords, publicCitations, toPublicCitation } from '@/lib/public/citations';
import { hasVerifiedCitation, publicFilter } from '@/lib/public/visibility';
import { isSlug } from '@/lib/ids/slug';

/** What every reader of a public observation asks for: its period, figures, scope and discrepancy. */
const observationFields = {
  id: true,
  periodKind: true,
  periodStart: true,
  periodEnd: true,
  periodLabel: true,
  value: true,
  qualifier: true,
  basis: true,
  isCumulative: true,
  growthRate: true,
  rankStatement: true,
  scope: true,
  note: true,
  discrepancyId: true,
} satisfies Prisma.ObservationSelect;

/** An observation as the pages show it: with its vintage, rank, correction notice and markers. */
export const observationSelect = {
  ...observationFields,
  growthQualifier: true,
  vintage: true,
  rank: true,
  rankReason: true,
  correctedAt: true,
  citations: publicCitations,
} satisfies Prisma.ObservationSelect;

/** A metric's public observations as the API and the downloads read them out, from one select. */
export const observationRecords = {
  where: { ...publicFilter, ...hasVerifiedCitation },
  orderBy: [
    { periodStart: 'asc' },
    { periodEnd: 'asc' },
    { id: 'asc' },
  ] satisfies Prisma.ObservationOrderByWithRelationInput[],
  select: {
    ...observationFields,
    citations: publicCitationRecords,
  },
};

export function toPublicObservation(o: Prisma.ObservationGetPayload<{ select: typeof observationRecords.select }>) {
  return {
    id: o.id,
    period: formatPeriod({ kind: o.periodKind, start: o.periodStart, end: o.periodEnd }),
    periodLabel: o.periodLabel,
    value: o.value.toString(),
    qualifier: o.qualifier,
    basis: o.basis,
    isCumulative: o.isCumulative,
    growthRate: o.growthRate?.toString() ?? null,
    rankStatement: o.rankStatement,
    ranks: readRanks(o.rankStatement ?? ''),
    // null: the metric's own subject; else the narrower one the value is about.
    scope: o.scope,
    note: o.note,
    discrepancy: o.discrepancyId,
    citations: o.citations.map(toPublicCitation),
  };
}

export const metricSummarySelect = {
  id: true,
  slug: true,
  nameZh: true,
  nameEn: true,
  unit: true,
  description: true,
  observations: {
    where: { ...publicFilter, ...hasVerifiedCitation },
    orderBy: [{ periodEnd: 'asc' }, { basis: 'asc' }, { id: 'asc' }],
    select: observationSelect,
  },
} satisfies Prisma.MetricSelect;

export type MetricSummary = Prisma.MetricGetPayload<{ select: typeof metricSummarySelect }>;
export type PublicObservation = MetricSummary['observations'][number];

/** The observation a summary shows: the latest reported one (preferred over normal, never deprecated). */
export function headlineObservation(observations: PublicObservation[]): PublicObservation | null {
  // The metric's own subject first: a core zone's figure is not the district's latest value.
  const own = observations.filter((o) => !o.scope);
  const ranked = (own.length > 0 ? own : observations).filter((o) => o.rank !== 'DEPRECATED');
  const reported = ranked.filter((o) => o.basis === 'REPORTED');
  const pool = reported.length > 0 ? reported : ranked;
  const rankOrder = { PREFERRED: 0, NORMAL: 1, DEPRECATED: 2 } as const;
  return (
    [...pool].sort(
      (a, b) => b.periodEnd.getTime() - a.periodEnd.getTime() || rankOrder[a.rank] - rankOrder[b.rank],
    )[0] ?? null
  );
}

/**
 * The recorded discrepancies the given observations are in, each with all its public observations,
 * which may belong to other metrics (近50个 in one metric against 105个 in another).
 */
export async function listObservationDiscrepancies(observations: Array<{ discrepancyId: string | null }>) {
  const ids = [...new Set(observations.flatMap((o) => (o.discrepancyId ? [o.discrepancyId] : [])))];
  if (ids.length === 0) return [];
  return db.observationDiscrepancy.findMany({
    where: { id: { in: ids } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      note: true,
      observations: {
        where: { ...publicFilter, ...hasVerifiedCitation, metric: { ...publicFilter, topic: publicFilter } },
        // The preferred value first where sources disagree, then the others; the same order on every page.
        orderBy: [{ periodEnd: 'asc' }, { rank: 'asc' }, { basis: 'asc' }, { id: 'asc' }],
        select: { ...observationSelect, metric: { select: { slug: true, nameZh: true, unit: true } } },
      },
    },
  });
}

export type ObservationDiscrepancySummary = Awaited<ReturnType<typeof listObservationDiscrepancies>>[number];

export const getMetricPage = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  const metric = await findMetricPage(slug);
  if (!metric) return null;
  return { ...metric, discrepancies: await listObservationDiscrepancies(metric.observations) };
});

function findMetricPage(slug: string) {
  return db.metric.findFirst({
    where: { slug, ...publicFilter, topic: publicFilter },
    select: {
      ...metricSummarySelect,
      updatedAt: true,
      topic: {
        select: {
          slug: true,
          nameZh: true,
          metrics: {
            where: { ...publicFilter, slug: { not: slug } },
            orderBy: [{ sortOrder: 'asc' }, { nameZh: 'asc' }],
            take: 8,
            select: { slug: true, nameZh: true },
          },
        },
      },
      subject: { select: { slug: true, name: true } },
    },
  });
}

type Decimal = { toString(): string } | string;

/** An observation as the public data table shows it: a published row, or a proposed one in a preview. */
export type TableObservation = {
  id: string;
  periodLabel: string;
  value: Decimal;
  qualifier: ValueQualifier;
  basis: ValueBasis;
  isCumulative: boolean;
  growthRate: Decimal | null;
  growthQualifier: ValueQualifier | null;
  rankStatement: string | null;
  /** The narrower subject the value is about (江北嘴金融核心区), shown beside it. */
  scope: string | null;
  note: string | null;
  rank: StatementRank;
  rankReason: string | null;
  correctedAt: Date | null;
  citations: CitationMarkerData[];
};
