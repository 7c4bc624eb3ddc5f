import 'server-only';
import { db } from '@/lib/db';
import { formatPartialDate } from '@/lib/dates/partial-date';
import type { AgreementKind } from '@/lib/generated/prisma/enums';
import { agreementKindLabel } from '@/lib/labels';
import { commonWhere, countedPage, options, page, publicHref, type Section } from '@/lib/admin/list-section';

export const agreementSection: Section = {
  recordType: 'AGREEMENT',
  title: '合作协议',
  newLabel: '新建协议',
  topicHeading: '合作地区',
  detailHeading: '类型与日期',
  sorts: { date: '签署日期', title: '名称', updated: '最近更新' },
  filters: async () => [
    {
      key: 'partner',
      label: '合作地区',
      options: (
        await db.organisation.findMany({
          where: { deletedAt: null, partnerAgreements: { some: {} } },
          orderBy: { name: 'asc' },
          select: { slug: true, name: true },
        })
      ).map((o) => ({ value: o.slug, label: o.name })),
    },
    { key: 'kind', label: '类型', options: options(agreementKindLabel) },
  ],
  list: async (q) => {
    const where = {
      ...(await commonWhere('AGREEMENT', q, ['title'])),
      ...(q.filters.partner ? { partnerRegion: { slug: q.filters.partner } } : {}),
      ...(q.filters.kind ? { kind: q.filters.kind as AgreementKind } : {}),
    };
    const orderBy =
      q.sort === 'title'
        ? [{ title: 'asc' as const }]
        : q.sort === 'updated'
          ? [{ updatedAt: 'desc' as const }, { title: 'asc' as const }]
          : [{ signedOn: { sort: 'desc' as const, nulls: 'last' as const } }, { title: 'asc' as const }];
    return countedPage(
      db.agreement.count({ where }),
      db.agreement.findMany({
        where,
        orderBy,
        ...page(q),
        select: {
          id: true,
          slug: true,
          title: true,
          kind: true,
          signedOn: true,
          signedOnPrecision: true,
          status: true,
          updatedAt: true,
          partnerRegion: { select: { name: true } },
        },
      }),
      (a) => ({
        id: a.id,
        name: a.title,
        publicHref: publicHref(a.status, `/agreements/${a.slug}`),
        topic: a.partnerRegion?.name ?? '—',
        detail: `${agreementKindLabel[a.kind]}${
          a.signedOn && a.signedOnPrecision
            ? `，${formatPartialDate({ date: a.signedOn, precision: a.signedOnPrecision })}`
            : ''
        }`,
        updatedAt: a.updatedAt,
      }),
    );
  },
};
