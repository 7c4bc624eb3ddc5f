import 'server-only';
// The public API's resources: published records only, each figure with its citations, in the
// shapes described by lib/api/openapi.ts.
import { db } from '@/lib/db';
import { formatPartialDate, type DatePrecision } from '@/lib/dates/partial-date';
import { formatPeriod } from '@/lib/dates/period';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { agreementRecordSelect, publicAgreementsWhere, toPublicAgreement } from '@/lib/records/agreement/public';
import { listObservationDiscrepancies, observationRecords, toPublicObservation } from '@/lib/records/metric/public';
import { publicCitationRecords, publicCitationWhere, toPublicCitation } from '@/lib/public/citations';
import { projectRecordSelect, publicProjectsWhere, toPublicProject } from '@/lib/records/project/public';
import { sourceSummarySelect } from '@/lib/public/sources';
import { publicFilter } from '@/lib/public/visibility';
import { ApiError, pageOf, readFilters, readPage } from './pagination';
import { OrganisationKind, type ProjectStatus } from '@/lib/generated/prisma/enums';
import { isSlug, SLUG_PATTERN } from '@/lib/ids/slug';

/** An organisation kind filter names one of the kinds, nothing else. */
const ORGANISATION_KIND = new RegExp(`^(?:${Object.values(OrganisationKind).join('|')})$`);

/** A record's discrepancies, each statement a public, verified citation (possibly of another record). */
const discrepancySelect = {
  orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  select: {
    id: true,
    aspect: true,
    note: true,
    statements: {
      where: { citation: { ...publicCitationRecords.where, ...publicCitationWhere } },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      select: { reading: true, preferred: true, citation: { select: publicCitationRecords.select } },
    },
  },
} satisfies Prisma.Project$discrepanciesArgs;

function discrepancy(row: Prisma.RecordDiscrepancyGetPayload<{ select: typeof discrepancySelect.select }>) {
  return {
    id: row.id,
    aspect: row.aspect,
    note: row.note,
    statements: row.statements.map((s) => ({
      reading: s.reading,
      preferred: s.preferred,
      citation: toPublicCitation(s.citation),
    })),
  };
}

const afterSlug = (after: string | null) => (after ? { slug: { gt: after } } : {});

export async function listTopics(url: URL) {
  const page = readPage(url.searchParams);
  readFilters(url.searchParams, {});
  const rows = await db.topic.findMany({
    where: { ...publicFilter, ...afterSlug(page.after) },
    orderBy: { slug: 'asc' },
    take: page.limit + 1,
    select: { slug: true, nameZh: true, nameEn: true, description: true },
  });
  return pageOf(rows, page, url);
}

/** The metric's discrepancies with every public value in them, of this metric or another. */
async function metricDiscrepancies(observations: Array<{ discrepancyId: string | null }>) {
  const rows = await listObservationDiscrepancies(observations);
  return rows
    .filter((d) => d.observations.length > 1)
    .map((d) => ({
      id: d.id,
      note: d.note,
      observations: d.observations.map((o) => ({
        id: o.id,
        metric: o.metric.slug,
        metricName: o.metric.nameZh,
        period: formatPeriod({ kind: o.periodKind, start: o.periodStart, end: o.periodEnd }),
        periodLabel: o.periodLabel,
        value: o.value.toString(),
        unit: o.metric.unit,
        scope: o.scope,
        rank: o.rank,
        url: `${env.siteUrl()}/metrics/${o.metric.slug}#obs-${o.id}`,
      })),
    }));
}

const metricSelect = {
  slug: true,
  nameZh: true,
  nameEn: true,
  synonyms: true,
  unit: true,
  topic: { select: { slug: true } },
} as const;

export async function listMetrics(url: URL) {
  const page = readPage(url.searchParams);
  const filters = readFilters(url.searchParams, { topic: SLUG_PATTERN });
  const rows = await db.metric.findMany({
    where: { ...publicFilter, ...afterSlug(page.after), ...(filters.topic ? { topic: { slug: filters.topic } } : {}) },
    orderBy: { slug: 'asc' },
    take: page.limit + 1,
    select: metricSelect,
  });
  return pageOf(
    rows.map(({ topic, ...m }) => ({ ...m, topic: topic.slug })),
    page,
    url,
  );
}

export async function getMetric(slug: string) {
  const metric = isSlug(slug)
    ? await db.metric.findFirst({
        where: { slug, ...publicFilter },
        select: { ...metricSelect, observations: observationRecords },
      })
    : null;
  if (!metric) throw new ApiError(404, 'not_found', `no published metric ${slug}`);
  const { topic, observations, ...rest } = metric;
  const discrepancies = await metricDiscrepancies(observations);
  // A value whose discrepancy has no other public value is not shown as in one.
  const shown = new Set(discrepancies.map((d) => d.id));
  return {
    ...rest,
    topic: topic.slug,
    observations: observations.map((o) => ({
      ...toPublicObservation(o),
      discrepancy: shown.has(o.discrepancyId ?? '') ? o.discrepancyId : null,
    })),
    discrepancies,
  };
}

export async function listProjects(url: URL) {
  const page = readPage(url.searchParams);
  const filters = readFilters(url.searchParams, {
    topic: SLUG_PATTERN,
    status: /^(PLANNED|SIGNED|STARTED|UNDER_CONSTRUCTION|COMPLETED|IN_USE|UNKNOWN)$/,
  });
  const rows = await db.project.findMany({
    where: {
      ...publicProjectsWhere({ topic: filters.topic, status: filters.status as ProjectStatus | undefined }),
      ...afterSlug(page.after),
    },
    orderBy: { slug: 'asc' },
    take: page.limit + 1,
    select: { ...projectRecordSelect, discrepancies: discrepancySelect },
  });
  return pageOf(
    rows.map((p) => ({ ...toPublicProject(p), topic: p.topic.slug, discrepancies: p.discrepancies.map(discrepancy) })),
    page,
    url,
  );
}

export async function listAgreements(url: URL) {
  const page = readPage(url.searchParams);
  const filters = readFilters(url.searchParams, { partner: SLUG_PATTERN, year: /^(19|20)\d{2}$/ });
  const rows = await db.agreement.findMany({
    where: {
      ...publicAgreementsWhere({ partner: filters.partner, year: filters.year ? Number(filters.year) : undefined }),
      ...afterSlug(page.after),
    },
    orderBy: { slug: 'asc' },
    take: page.limit + 1,
    select: { ...agreementRecordSelect, discrepancies: discrepancySelect },
  });
  return pageOf(
    rows.map((a) => ({
      ...toPublicAgreement(a),
      partnerRegion: a.partnerRegion?.slug ?? null,
      discrepancies: a.discrepancies.map(discrepancy),
    })),
    page,
    url,
  );
}

export async function listOrganisations(url: URL) {
  const page = readPage(url.searchParams);
  const filters = readFilters(url.searchParams, { kind: ORGANISATION_KIND, parent: SLUG_PATTERN });
  const rows = await db.organisation.findMany({
    where: {
      ...publicFilter,
      ...afterSlug(page.after),
      ...(filters.kind ? { kind: filters.kind as Prisma.OrganisationWhereInput['kind'] } : {}),
      ...(filters.parent ? { parent: { slug: filters.parent } } : {}),
    },
    orderBy: { slug: 'asc' },
    take: page.limit + 1,
    select: { slug: true, name: true, shortName: true, kind: true, region: true, parent: { select: { slug: true } } },
  });
  return pageOf(
    rows.map((o) => ({ ...o, parent: o.parent?.slug ?? null })),
    page,
    url,
  );
}

export async function listSources(url: URL) {
  const page = readPage(url.searchParams);
  readFilters(url.searchParams, {});
  const rows = await db.sourceDocument.findMany({
    where: { ...publicFilter, ...afterSlug(page.after) },
    orderBy: { slug: 'asc' },
    take: page.limit + 1,
    select: sourceSummarySelect,
  });
  const partial = (date: Date | null, precision: DatePrecision | null) =>
    date && precision ? formatPartialDate({ date, precision }) : null;
  return pageOf(
    rows.map((s) => ({
      slug: s.slug,
      title: s.title,
      kind: s.kind,
      byline: s.byline,
      publisher: s.publisher,
      originalUrl: s.originalUrl,
      statedDate: partial(s.statedDate, s.statedDatePrecision),
      estimatedDate: partial(s.estimatedDate, s.estimatedDatePrecision),
      datingNote: s.datingNote,
      retrievedOn: partial(s.retrievedOn, 'DAY'),
      language: s.language,
      rightsNote: s.rightsNote,
      sha256: s.currentVersion?.sha256 ?? null,
      charCount: s.currentVersion?.charCount ?? null,
      url: `${env.siteUrl()}/sources/${s.slug}`,
    })),
    page,
    url,
  );
}

/** Every public citation (of a published record, on a source's current version), by id. */
export async function listCitations(url: URL) {
  const page = readPage(url.searchParams, 'id');
  const filters = readFilters(url.searchParams, { source: SLUG_PATTERN });
  const rows = await db.citation.findMany({
    where: {
      ...publicCitationWhere,
      verifiedAt: { not: null },
      sourceVersion: { currentOf: { ...publicFilter, ...(filters.source ? { slug: filters.source } : {}) } },
      ...(page.after ? { id: { gt: page.after } } : {}),
    },
    orderBy: { id: 'asc' },
    take: page.limit + 1,
    select: publicCitationRecords.select,
  });
  return pageOf(rows.map(toPublicCitation), page, url, (c) => c.id);
}
