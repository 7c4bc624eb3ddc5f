import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AgreementDomain, AgreementKind } from '@/lib/generated/prisma/enums';
import { publicCitations } from '@/lib/public/citations';
import { pickParam, pickSlug, pickYear, yearRange, type SearchParams } from '@/lib/public/list-params';
import { hasVerifiedCitation, publicFilter } from '@/lib/public/visibility';
import { isSlug } from '@/lib/ids/slug';

export const agreementSorts = ['date', 'title'] as const;
export const agreementDomains = Object.keys(AgreementDomain) as AgreementDomain[];
export const agreementKinds = Object.keys(AgreementKind) as AgreementKind[];

export function parseAgreementFilters(params: SearchParams) {
  return {
    partner: pickSlug(params, 'partner'),
    domain: pickParam(params, 'domain', agreementDomains),
    kind: pickParam(params, 'kind', agreementKinds),
    year: pickYear(params),
    sort: pickParam(params, 'sort', agreementSorts) ?? 'date',
    view: pickParam(params, 'view', ['list', 'timeline'] as const) ?? 'list',
  };
}
export type AgreementFilters = ReturnType<typeof parseAgreementFilters>;

export const agreementListSelect = {
  slug: true,
  title: true,
  kind: true,
  domain: true,
  signedOn: true,
  signedOnPrecision: true,
  summary: true,
  partnerRegion: { select: { slug: true, name: true, shortName: true } },
  parties: { select: { side: true, organisation: { select: { slug: true, name: true } } } },
  citations: publicCitations,
} satisfies Prisma.AgreementSelect;

export type AgreementListItem = Prisma.AgreementGetPayload<{ select: typeof agreementListSelect }>;

export const AGREEMENTS_PER_PAGE = 50;

/** One page of the public agreements matching the filters, and how many match in all. */
export async function listAgreements(filters: AgreementFilters, page: number) {
  const where: Prisma.AgreementWhereInput = {
    ...publicFilter,
    ...hasVerifiedCitation,
    ...(filters.partner ? { partnerRegion: { slug: filters.partner } } : {}),
    ...(filters.domain ? { domain: filters.domain } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.year ? { signedOn: yearRange(filters.year) } : {}),
  };
  const [total, agreements] = await Promise.all([
    db.agreement.count({ where }),
    db.agreement.findMany({
      where,
      orderBy:
        filters.sort === 'title'
          ? [{ title: 'asc' }, { id: 'asc' }]
          : [{ signedOn: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * AGREEMENTS_PER_PAGE,
      take: AGREEMENTS_PER_PAGE,
      select: agreementListSelect,
    }),
  ]);
  return { total, agreements };
}

/** Partner regions that have at least one public agreement, for the filter. */
export async function listPartnerRegions() {
  return db.organisation.findMany({
    where: { ...publicFilter, partnerAgreements: { some: publicFilter } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { slug: true, name: true, shortName: true },
  });
}

export const getAgreementPage = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.agreement.findFirst({
    where: { slug, ...publicFilter, ...hasVerifiedCitation },
    select: { ...agreementListSelect, id: true, updatedAt: true, topic: { select: { slug: true, nameZh: true } } },
  });
});

/** A partner (city, district, department…) with every public agreement it or its sub-units are party to. */
export const getPartnerPage = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  const organisation = await db.organisation.findFirst({
    where: { slug, ...publicFilter },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      kind: true,
      region: true,
      description: true,
      parent: { select: { slug: true, name: true } },
      children: {
        where: publicFilter,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        select: { id: true, slug: true, name: true, kind: true },
      },
    },
  });
  if (!organisation) return null;
  const ids = [organisation.id, ...organisation.children.map((c) => c.id)];
  const agreements = await db.agreement.findMany({
    where: {
      ...publicFilter,
      ...hasVerifiedCitation,
      OR: [{ partnerRegionId: organisation.id }, { parties: { some: { organisationId: { in: ids } } } }],
    },
    orderBy: [{ signedOn: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }, { id: 'asc' }],
    select: agreementListSelect,
  });
  return { organisation, agreements };
});
