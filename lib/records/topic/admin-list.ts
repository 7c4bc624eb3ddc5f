import 'server-only';
import { db } from '@/lib/db';
import { commonWhere, countedPage, noFilters, page, publicHref, type Section } from '@/lib/admin/list-section';

export const topicSection: Section = {
  recordType: 'TOPIC',
  title: '专题',
  newLabel: '新建专题',
  topicHeading: '英文名称',
  detailHeading: '排序',
  sorts: { order: '排序', name: '名称' },
  filters: noFilters,
  list: async (q) => {
    const where = await commonWhere('TOPIC', q, ['nameZh']);
    return countedPage(
      db.topic.count({ where }),
      db.topic.findMany({
        where,
        orderBy: q.sort === 'name' ? [{ nameZh: 'asc' }] : [{ sortOrder: 'asc' }, { nameZh: 'asc' }],
        ...page(q),
      }),
      (t) => ({
        id: t.id,
        name: t.nameZh,
        publicHref: publicHref(t.status, `/topics/${t.slug}`),
        topic: t.nameEn,
        detail: String(t.sortOrder),
        updatedAt: t.updatedAt,
      }),
    );
  },
};
