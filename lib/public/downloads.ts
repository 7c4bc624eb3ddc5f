import 'server-only';
// Open data downloads: every published metric observation, project and agreement as rows, each
// with its citations (source title, quote, link to the highlighted passage). Only published data.
import { db } from '@/lib/db';
import type { StatedRank } from '@/lib/records/metric/rank';
import type { Prisma } from '@/lib/generated/prisma/client';
import { agreementDomainLabel, agreementKindLabel, basisLabel, projectStatusLabel, qualifierLabel } from '@/lib/labels';
import { agreementRecordSelect, publicAgreementsWhere, toPublicAgreement } from '@/lib/records/agreement/public';
import type { PublicCitation } from './citations';
import { observationRecords, toPublicObservation } from '@/lib/records/metric/public';
import { projectRecordSelect, publicProjectsWhere, toPublicProject } from '@/lib/records/project/public';
import { publicFilter } from './visibility';

export type Row = Record<string, string>;
export type Dataset = { name: string; columns: string[]; rows: Row[] };

/** Citation columns: several citations are joined with " | " in one cell each. */
function citationColumns(citations: PublicCitation[]): Row {
  return {
    source_title: citations.map((c) => c.sourceTitle).join(' | '),
    // What each document states of itself; empty where it does not say (未注明 on the site).
    source_publisher: citations.map((c) => c.publisher ?? '').join(' | '),
    source_date: citations.map((c) => c.sourceDate ?? '').join(' | '),
    quote: citations.map((c) => c.quote.replace(/\s+/g, '')).join(' | '),
    source_link: citations.map((c) => c.url).join(' | '),
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
      observations: observationRecords,
    },
  });
  return metrics.flatMap((metric) =>
    metric.observations.map(toPublicObservation).map((o) => ({
      metric: metric.nameZh,
      metric_slug: metric.slug,
      period: o.period,
      period_label: o.periodLabel,
      value: o.value,
      unit: metric.unit,
      qualifier: qualifierLabel[o.qualifier],
      basis: basisLabel[o.basis],
      cumulative: o.isCumulative ? '是' : '否',
      growth_rate_percent: o.growthRate ?? '',
      rank_statement: o.rankStatement ?? '',
      ...rankColumns(o.ranks[0]),
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
    select: projectRecordSelect,
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
      'investment_qualifier',
      ...CITATION_COLUMNS,
    ],
    rows: projects.map(toPublicProject).map((p) => ({
      name: p.name,
      aliases: p.aliases.join('、'),
      slug: p.slug,
      topic: p.topic.nameZh,
      status: projectStatusLabel[p.status],
      location: p.location ?? '',
      investment: p.investment?.amount ?? '',
      investment_unit: p.investment?.unit ?? '',
      investment_qualifier: p.investment?.qualifier ? qualifierLabel[p.investment.qualifier] : '',
      ...citationColumns(p.citations),
    })),
  };
}

export async function agreementsDataset(): Promise<Dataset> {
  const agreements = await db.agreement.findMany({
    where: publicAgreementsWhere(),
    orderBy: [{ signedOn: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }, { id: 'asc' }],
    select: agreementRecordSelect,
  });
  return {
    name: 'agreements',
    columns: ['title', 'slug', 'kind', 'domain', 'signed_on', 'partner_region', 'parties', ...CITATION_COLUMNS],
    rows: agreements.map(toPublicAgreement).map((a) => ({
      title: a.title,
      slug: a.slug,
      kind: agreementKindLabel[a.kind],
      domain: agreementDomainLabel[a.domain],
      signed_on: a.signedOn ?? '',
      partner_region: a.partnerRegion?.name ?? '',
      parties: a.parties.map((p) => p.name).join('、'),
      ...citationColumns(a.citations),
    })),
  };
}

/** The first rank the statement states as two columns (全市第4位 → 4, 全市; 前5 → ≤5). */
function rankColumns(rank: StatedRank | undefined) {
  return { rank_position: rank ? `${rank.top ? '≤' : ''}${rank.position}` : '', rank_group: rank?.group ?? '' };
}
