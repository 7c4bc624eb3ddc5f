import 'server-only';
// The organisation's public read model for the 机构 index (/organisations): who may see one, its
// list filter and the list's fields. An organisation's own page is the partner page
// (/partners/{slug}, lib/records/agreement/public.ts), which its links keep.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { OrganisationKind } from '@/lib/generated/prisma/enums';
import { pickParam, type SearchParams } from '@/lib/public/list-params';
import { publicFilter } from '@/lib/public/visibility';

export const organisationKinds = Object.keys(OrganisationKind) as OrganisationKind[];
export const ORGANISATIONS_PER_PAGE = 50;

export function parseOrganisationFilters(params: SearchParams) {
  return { kind: pickParam(params, 'kind', organisationKinds) };
}
export type OrganisationFilters = ReturnType<typeof parseOrganisationFilters>;

export function publicOrganisationsWhere(filters: OrganisationFilters): Prisma.OrganisationWhereInput {
  return { ...publicFilter, ...(filters.kind ? { kind: filters.kind } : {}) };
}

/** One page of the index, by kind (in the enum's order: regions first) then name. */
export async function listOrganisations(filters: OrganisationFilters, page: number) {
  const where = publicOrganisationsWhere(filters);
  const [total, organisations] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where,
      orderBy: [{ kind: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * ORGANISATIONS_PER_PAGE,
      take: ORGANISATIONS_PER_PAGE,
      select: {
        slug: true,
        name: true,
        shortName: true,
        kind: true,
        region: true,
        _count: {
          select: {
            projectRoles: { where: { project: publicFilter } },
            agreementRoles: { where: { agreement: publicFilter } },
          },
        },
      },
    }),
  ]);
  return { total, organisations };
}
export type OrganisationListItem = Awaited<ReturnType<typeof listOrganisations>>['organisations'][number];
