import 'server-only';
// Open data downloads: every published metric observation, project and agreement as rows, each
// with its citations (source title, quote, link to the highlighted passage). Only published data.
import { db } from '@/lib/db';
import { readRank } from '@/lib/records/metric/rank';
import { formatPartialDate } from '@/lib/dates/partial-date';
import { formatPeriod } from '@/lib/dates/period';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { agreementDomainLabel, agreementKindLabel, basisLabel, projectStatusLabel, qualifierLabel } from '@/lib/labels';
import { publicAgreementsWhere } from './agreements';
import { citationDocumentSelect } from './citations';
import { observationSelect } from './metrics';
import { publicProjectsWhere } from './projects';
import { hasVerifiedCitation, publicFilter } from './visibility';

export type Row = Record<string, string>;
export type Dataset = { name: string; columns: string[]; rows: Row[] };

const citationSelect = {
  where: { verifiedAt: { not: null } },
  orderBy: [{ sortOrder: 'asc' }, { startOffset: 'asc' }, { id: 'asc' }],
  select: { id: true, exact: true, sourceVersion: { select: { document: { select: citationDocumentSelect } } } },
} satisfies Prisma.Observation$citationsArgs;

type CitationRow = Prisma.CitationGetPayload<{ select: (typeof citationSelect)['select'] }>;
const statedDate = ({ statedDate, statedDatePrecision }: CitationRow['sourceVersion']['document']) =>
  statedDate && statedDatePrecision ? formatPartialDate({ date: statedDate, precision: statedDatePrecision }) : '';

/** Citation columns: several citations are joined with " | " in one cell each. */
function citationColumns(citations: CitationRow[]): Row {
  const base = env.siteUrl();
  return {
    source_title: citations.map((c) => c.sourceVersion.document.title).join(' | '),
    // What each document states of itself; empty where it does not say (未注明 on the site).
    source_publisher: citations.map((c) => c.sourceVersion.document.publisher ?? '').join(' | '),
    source_date: citations.map((c) => statedDate(c.sourceVersion.document)).join(' | '),
    quote: citations.map((c) => c.exact.replace(/\s+/g, '')).join(' | '),
    source_link: citations.map((c) => `${base}/sources/${c.sourceVersion.document.slug}#cite-${c.id}`).join(' | '),
  };
}
const CITATION_COLUMNS = ['source_title', 'source_publisher', 'source_date', 'quote', 'source_link'];
const OBSERVATION_COLUMNS = [
  'metric',
  'metric_slug',
  'period',
  'period_label',
  'value',
  'unit',
  'qualifier',
  'basis',
  'cumulative',
  'growth_rate_percent',
  'rank_statement',
  'rank_position',
  'rank_group',
  'scope',
  'note',
  ...CITATION_COLUMNS,
];

async function observationRows(where: Prisma.MetricWhereInput): Promise<Row[]> {
  const metrics = await db.metric.findMany({
    where: { ...where, ...publicFilter },
    orderBy: [{ sortOrder: 'asc' }, { nameZh: 'asc' }, { id: 'asc' }],
    select: {
      slug: true,
      nameZh: true,
      unit: true,
      observations: {
        where: { ...publicFilter, ...hasVerifiedCitation },
        orderBy: [{ periodStart: 'asc' }, { periodEnd: 'asc' }, { id: 'asc' }],
        select: observationSelect,
      },
    },
  });
  return metrics.flatMap((metric) =>
    metric.observations.map((o) => ({
      metric: metric.nameZh,
      metric_slug: metric.slug,
      period: formatPeriod({ kind: o.periodKind, start: o.periodStart, end: o.periodEnd }),
      period_label: o.periodLabel,
      value: o.value.toString(),
      unit: metric.unit,
      qualifier: qualifierLabel[o.qualifier],
      basis: basisLabel[o.basis],
      cumulative: o.isCumulative ? '是' : '否',
      growth_rate_percent: o.growthRate?.toString() ?? '',
      rank_statement: o.rankStatement ?? '',
      ...rankColumns(o.rankStatement),
      // Empty: the metric's own subject; else the narrower one the value is about.
      scope: o.scope ?? '',
      note: o.note ?? '',
      ...citationColumns(o.citations),
    })),
  );
}

export async function metricDataset(slug: string): Promise<Dataset | null> {
  const exists = await db.metric.findFirst({ where: { slug, ...publicFilter }, select: { id: true } });
  if (!exists) return null;
  return { name: `metric-${slug}`, columns: OBSERVATION_COLUMNS, rows: await observationRows({ slug }) };
}

export async function topicDataset(slug: string): Promise<Dataset | null> {
  const exists = await db.topic.findFirst({ where: { slug, ...publicFilter }, select: { id: true } });
  if (!exists) return null;
  return { name: `topic-${slug}`, columns: OBSERVATION_COLUMNS, rows: await observationRows({ topic: { slug } }) };
}

export async function projectsDataset(): Promise<Dataset> {
  const projects = await db.project.findMany({
    where: publicProjectsWhere(),
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      slug: true,
      name: true,
      aliases: true,
      projectStatus: true,
      location: true,
      investmentAmount: true,
      investmentUnit: true,
      topic: { select: { nameZh: true } },
      citations: citationSelect,
    },
  });
  return {
    name: 'projects',
    columns: [
      'name',
      'aliases',
      'slug',
      'topic',
      'status',
      'location',
      'investment',
      'investment_unit',
      ...CITATION_COLUMNS,
    ],
    rows: projects.map((p) => ({
      name: p.name,
      aliases: p.aliases.join('、'),
      slug: p.slug,
      topic: p.topic.nameZh,
      status: projectStatusLabel[p.projectStatus],
      location: p.location ?? '',
      investment: p.investmentAmount?.toString() ?? '',
      investment_unit: p.investmentUnit ?? '',
      ...citationColumns(p.citations),
    })),
  };
}

export async function agreementsDataset(): Promise<Dataset> {
  const agreements = await db.agreement.findMany({
    where: publicAgreementsWhere(),
    orderBy: [{ signedOn: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }, { id: 'asc' }],
    select: {
      slug: true,
      title: true,
      kind: true,
      domain: true,
      signedOn: true,
      signedOnPrecision: true,
      partnerRegion: { select: { name: true } },
      parties: { select: { side: true, organisation: { select: { name: true } } } },
      citations: citationSelect,
    },
  });
  return {
    name: 'agreements',
    columns: ['title', 'slug', 'kind', 'domain', 'signed_on', 'partner_region', 'parties', ...CITATION_COLUMNS],
    rows: agreements.map((a) => ({
      title: a.title,
      slug: a.slug,
      kind: agreementKindLabel[a.kind],
      domain: agreementDomainLabel[a.domain],
      signed_on:
        a.signedOn && a.signedOnPrecision
          ? formatPartialDate({ date: a.signedOn, precision: a.signedOnPrecision })
          : '',
      partner_region: a.partnerRegion?.name ?? '',
      parties: a.parties.map((p) => p.organisation.name).join('、'),
      ...citationColumns(a.citations),
    })),
  };
}

/** The first rank the statement states as two columns (全市第4位 → 4, 全市; 前5 → ≤5). */
function rankColumns(statement: string | null) {
  const rank = statement ? readRank(statement) : null;
  return { rank_position: rank ? `${rank.top ? '≤' : ''}${rank.position}` : '', rank_group: rank?.group ?? '' };
}
