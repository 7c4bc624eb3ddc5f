import 'server-only';
import { db } from '@/lib/db';
import { commonWhere, countedPage, page, publicHref, topicOptions, type Section } from '@/lib/admin/list-section';

export const metricSection: Section = {
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
    return countedPage(
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
      (m) => ({
        id: m.id,
        name: m.unit ? `${m.nameZh}（${m.unit}）` : m.nameZh,
        publicHref: publicHref(m.status, `/metrics/${m.slug}`),
        topic: m.topic.nameZh,
        detail: `${m._count.observations} 个`,
        updatedAt: m.updatedAt,
      }),
    );
  },
};
