import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { agreementListSelect } from '@/lib/records/agreement/public';
import { metricSummarySelect } from '@/lib/records/metric/public';
import { projectSummarySelect } from '@/lib/records/project/public';
import { hasVerifiedCitation, publicFilter } from '@/lib/public/visibility';
import { isSlug } from '@/lib/ids/slug';

/** A topic with its metrics (and their series), projects and agreements, in a fixed number of queries. */
export const getTopicPage = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.topic.findFirst({
    where: { slug, ...publicFilter },
    select: {
      slug: true,
      nameZh: true,
      nameEn: true,
      description: true,
      metrics: {
        where: publicFilter,
        orderBy: [{ sortOrder: 'asc' }, { nameZh: 'asc' }, { id: 'asc' }],
        select: metricSummarySelect,
      },
      projects: {
        where: { ...publicFilter, ...hasVerifiedCitation },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        select: projectSummarySelect,
      },
      agreements: {
        where: { ...publicFilter, ...hasVerifiedCitation },
        orderBy: [{ signedOn: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }, { id: 'asc' }],
        select: agreementListSelect,
      },
    },
  });
});

const topicOrder = [
  { sortOrder: 'asc' },
  { slug: 'asc' },
  { id: 'asc' },
] satisfies Prisma.TopicOrderByWithRelationInput[];

// A metric readers see listed: public, with a figure that may be shown (what a topic page lists).
const listedMetric = {
  ...publicFilter,
  observations: { some: { ...publicFilter, ...hasVerifiedCitation } },
} satisfies Prisma.MetricWhereInput;

export async function listTopics() {
  return db.topic.findMany({
    where: publicFilter,
    orderBy: topicOrder,
    select: { slug: true, nameZh: true, nameEn: true, description: true },
  });
}

/** Every public topic with how many metrics, projects and agreements its page lists, in one query. */
export async function listTopicsWithCounts() {
  const topics = await db.topic.findMany({
    where: publicFilter,
    orderBy: topicOrder,
    select: {
      slug: true,
      nameZh: true,
      nameEn: true,
      description: true,
      _count: {
        select: {
          metrics: { where: listedMetric },
          projects: { where: { ...publicFilter, ...hasVerifiedCitation } },
          agreements: { where: { ...publicFilter, ...hasVerifiedCitation } },
        },
      },
    },
  });
  return topics.map(({ _count, ...topic }) => ({ ...topic, counts: _count }));
}

/** The metric index: every public topic that lists metrics, with them and their series, in one query. */
export async function listMetricsByTopic() {
  return db.topic.findMany({
    where: { ...publicFilter, metrics: { some: listedMetric } },
    orderBy: topicOrder,
    select: {
      slug: true,
      nameZh: true,
      metrics: {
        where: listedMetric,
        orderBy: [{ sortOrder: 'asc' }, { nameZh: 'asc' }, { id: 'asc' }],
        select: metricSummarySelect,
      },
    },
  });
}
