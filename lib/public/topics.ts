import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { agreementListSelect } from '@/lib/public/agreements';
import { metricSummarySelect } from '@/lib/public/metrics';
import { projectSummarySelect } from '@/lib/public/projects';
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

export async function listTopics() {
  return db.topic.findMany({
    where: publicFilter,
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }, { id: 'asc' }],
    select: { slug: true, nameZh: true, nameEn: true, description: true },
  });
}
