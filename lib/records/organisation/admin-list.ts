import 'server-only';
import { db } from '@/lib/db';
import type { OrganisationKind } from '@/lib/generated/prisma/enums';
import { organisationKindLabel } from '@/lib/labels';
import { commonWhere, countedPage, options, page, publicHref, type Section } from '@/lib/admin/list-section';

export const organisationSection: Section = {
  recordType: 'ORGANISATION',
  title: '机构与地点',
  newLabel: '新建机构',
  topicHeading: '上级',
  detailHeading: '类型',
  sorts: { name: '名称', updated: '最近更新' },
  filters: async () => [{ key: 'kind', label: '类型', options: options(organisationKindLabel) }],
  list: async (q) => {
    const where = {
      ...(await commonWhere('ORGANISATION', q, ['name', 'shortName'])),
      ...(q.filters.kind ? { kind: q.filters.kind as OrganisationKind } : {}),
    };
    return countedPage(
      db.organisation.count({ where }),
      db.organisation.findMany({
        where,
        orderBy: q.sort === 'updated' ? [{ updatedAt: 'desc' }, { name: 'asc' }] : [{ name: 'asc' }],
        ...page(q),
        select: {
          id: true,
          slug: true,
          name: true,
          kind: true,
          status: true,
          updatedAt: true,
          parent: { select: { name: true } },
        },
      }),
      (o) => ({
        id: o.id,
        name: o.name,
        // Only regions have a public page (/partners/…); other organisations appear on theirs.
        publicHref: o.kind === 'REGION' ? publicHref(o.status, `/partners/${o.slug}`) : null,
        topic: o.parent?.name ?? '—',
        detail: organisationKindLabel[o.kind],
        updatedAt: o.updatedAt,
      }),
    );
  },
};
