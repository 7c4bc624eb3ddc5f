import 'server-only';
import { db } from '@/lib/db';
import type { ProjectStatus } from '@/lib/generated/prisma/enums';
import { projectStatusLabel } from '@/lib/labels';
import {
  commonWhere,
  countedPage,
  options,
  page,
  publicHref,
  topicOptions,
  type Section,
} from '@/lib/admin/list-section';

export const projectSection: Section = {
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
    return countedPage(
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
      (p) => ({
        id: p.id,
        name: p.name,
        publicHref: publicHref(p.status, `/projects/${p.slug}`),
        topic: p.topic.nameZh,
        detail: projectStatusLabel[p.projectStatus],
        updatedAt: p.updatedAt,
      }),
    );
  },
};
