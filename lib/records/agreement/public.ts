import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AgreementDomain, AgreementKind } from '@/lib/generated/prisma/enums';
import { formatPartialDate } from '@/lib/dates/partial-date';
import {
  publicCitationRecords,
  publicCitations,
  publicRecordDiscrepancies,
  toPublicCitation,
} from '@/lib/public/citations';
import { pageById, pickParam, pickSlug, pickYear, yearRange, type SearchParams } from '@/lib/public/list-params';
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

/** What every reader of a public agreement asks for, besides its citations. */
const agreementFields = {
  slug: true,
  title: true,
  kind: true,
  domain: true,
  signedOn: true,
  signedOnPrecision: true,
  partnerRegion: { select: { slug: true, name: true, shortName: true } },
  parties: { select: { side: true, organisation: { select: { slug: true, name: true } } } },
} satisfies Prisma.AgreementSelect;

/** An agreement as the pages list it, with its summary and citation markers. */
export const agreementListSelect = {
  ...agreementFields,
  summary: true,
  citations: publicCitations,
} satisfies Prisma.AgreementSelect;

export type AgreementListItem = Prisma.AgreementGetPayload<{ select: typeof agreementListSelect }>;

export const AGREEMENTS_PER_PAGE = 50;

/**
 * The agreements readers see (published, with a verified citation), narrowed by the list's
 * filters. The page, the API and the downloads all ask through this one rule.
 */
export function publicAgreementsWhere(
  filters: Partial<Omit<AgreementFilters, 'sort'>> = {},
): Prisma.AgreementWhereInput {
  return {
    ...publicFilter,
    ...hasVerifiedCitation,
    ...(filters.partner ? { partnerRegion: { slug: filters.partner } } : {}),
    ...(filters.domain ? { domain: filters.domain } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.year ? { signedOn: yearRange(filters.year) } : {}),
  };
}

/** An agreement as the API and the downloads read it out, from one select. */
export const agreementRecordSelect = {
  ...agreementFields,
  citations: publicCitationRecords,
} satisfies Prisma.AgreementSelect;

export function toPublicAgreement(a: Prisma.AgreementGetPayload<{ select: typeof agreementRecordSelect }>) {
  return {
    slug: a.slug,
    title: a.title,
    kind: a.kind,
    domain: a.domain,
    signedOn:
      a.signedOn && a.signedOnPrecision
        ? formatPartialDate({ date: a.signedOn, precision: a.signedOnPrecision })
        : null,
    partnerRegion: a.partnerRegion,
    parties: a.parties.map((p) => ({ organisation: p.organisation.slug, name: p.organisation.name, side: p.side })),
    citations: a.citations.map(toPublicCitation),
  };
}

/** One page of the public agreements matching the filters, and how many match in all. */
export async function listAgreements(filters: AgreementFilters, page: number) {
  const where = publicAgreementsWhere(filters);
  const [total, agreements] = await Promise.all([
    db.agreement.count({ where }),
    pageById(
      db.agreement.findMany({
        where,
        orderBy:
          filters.sort === 'title'
            ? [{ title: 'asc' }, { id: 'asc' }]
            : [{ signedOn: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * AGREEMENTS_PER_PAGE,
        take: AGREEMENTS_PER_PAGE,
        select: { id: true },
      }),
      (ids) => db.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, ...agreementListSelect } }),
    ),
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

type PartnerScope = { id: string; children: Array<{ id: string }> };
type AgreementSides = { partnerRegionId: string | null; parties: Array<{ organisationId: string }> };

/** Whether a partner's page lists an agreement: it is the partner region, or it or a sub-unit is a party. */
export function isPartnerAgreement(partner: PartnerScope, agreement: AgreementSides): boolean {
  const own = new Set([partner.id, ...partner.children.map((c) => c.id)]);
  return agreement.partnerRegionId === partner.id || agreement.parties.some((p) => own.has(p.organisationId));
}

/**
 * The partner index: every partner region of a public agreement, with how many agreements its page
 * lists (see getPartnerPage), most first. Two queries.
 */
export async function listPartners() {
  const listed = { ...publicFilter, ...hasVerifiedCitation };
  const partners = await db.organisation.findMany({
    where: { ...publicFilter, partnerAgreements: { some: listed } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      region: true,
      children: { where: publicFilter, select: { id: true } },
    },
  });
  const agreements = await db.agreement.findMany({
    where: {
      ...listed,
      OR: [
        { partnerRegionId: { in: partners.map((p) => p.id) } },
        {
          parties: {
            some: { organisationId: { in: partners.flatMap((p) => [p.id, ...p.children.map((c) => c.id)]) } },
          },
        },
      ],
    },
    select: { partnerRegionId: true, parties: { select: { organisationId: true } } },
  });
  return partners
    .map(({ id, children, ...partner }) => ({
      ...partner,
      agreementCount: agreements.filter((a) => isPartnerAgreement({ id, children }, a)).length,
    }))
    .sort((a, b) => b.agreementCount - a.agreementCount);
}

export const getAgreementPage = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.agreement.findFirst({
    where: { slug, ...publicFilter, ...hasVerifiedCitation },
    select: {
      ...agreementListSelect,
      id: true,
      updatedAt: true,
      topic: { select: { slug: true, nameZh: true } },
      discrepancies: publicRecordDiscrepancies,
    },
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
      // What the organisation is known for, quoted, and the projects that name it.
      citations: publicCitations,
      discrepancies: publicRecordDiscrepancies,
      projectRoles: {
        where: { project: publicFilter },
        orderBy: [{ project: { name: 'asc' } }, { id: 'asc' }],
        select: { role: true, project: { select: { slug: true, name: true, projectStatus: true } } },
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
