import 'server-only';
// An organisation or place as one record, with optional citations.
import type { Tx } from '@/lib/db/client';
import { citationSelect, toCitation } from '../citation-rows';
import { discrepancyProblems, discrepancySelect, syncDiscrepancies, toDiscrepancy } from '../discrepancies';
import type { RecordKind, WriteInput } from '../record-kind';
import { factDelta, syncCitations } from '../sync-facts';
import { organisationDraftSchema, type OrganisationDraft } from './schema';

async function load(tx: Tx, id: string) {
  const row = await tx.organisation.findUnique({
    where: { id },
    include: { citations: citationSelect, discrepancies: discrepancySelect },
  });
  if (!row) return null;
  const data: OrganisationDraft = {
    slug: row.slug,
    name: row.name,
    shortName: row.shortName ?? '',
    aliases: row.aliases,
    kind: row.kind,
    region: row.region ?? '',
    parentId: row.parentId,
    description: row.description,
    citations: row.citations.map(toCitation),
    recordDiscrepancies: row.discrepancies.map(toDiscrepancy),
  };
  return { data, version: row.version, status: row.status, deletedAt: row.deletedAt };
}

async function write(tx: Tx, { id, data, expectedVersion, current, companions, now }: WriteInput<OrganisationDraft>) {
  const fields = {
    slug: data.slug,
    name: data.name,
    shortName: data.shortName || null,
    aliases: data.aliases,
    kind: data.kind,
    region: data.region || null,
    parentId: data.parentId,
    description: data.description,
  };
  const organisationId = id
    ? (
        await tx.organisation.update({
          where: { id, version: expectedVersion ?? -1 },
          data: { ...fields, version: { increment: 1 } },
          select: { id: true },
        })
      ).id
    : (await tx.organisation.create({ data: { ...fields, status: 'PUBLISHED' }, select: { id: true } })).id;
  await syncCitations(tx, 'ORGANISATION', organisationId, factDelta(current, data), now);
  await syncDiscrepancies(tx, { column: 'organisationId', id: organisationId }, { current, data, companions });
  return organisationId;
}

/** The ancestors of an organisation, nearest first (bounded, so bad data cannot loop forever). */
async function ancestors(tx: Tx, parentId: string | null): Promise<string[]> {
  const chain: string[] = [];
  let current = parentId;
  while (current && chain.length < 50) {
    chain.push(current);
    current =
      (await tx.organisation.findUnique({ where: { id: current }, select: { parentId: true } }))?.parentId ?? null;
  }
  return chain;
}

export const organisationKind: RecordKind<OrganisationDraft> = {
  recordType: 'ORGANISATION',
  label: '机构',
  schema: organisationDraftSchema,
  title: (data) => data.name,
  load,
  write,
  citedValues: (data) => (data.citations.length > 0 ? [{ path: '', citations: data.citations }] : []),
  uniqueChecks: async (tx, id, data) => {
    const notSelf = id ? { id: { not: id } } : {};
    const [slug, name, chain] = await Promise.all([
      tx.organisation.findFirst({ where: { slug: data.slug, ...notSelf }, select: { id: true } }),
      tx.organisation.findFirst({ where: { name: data.name, ...notSelf }, select: { id: true } }),
      ancestors(tx, data.parentId),
    ]);
    const errors: Record<string, string> = {};
    if (slug) errors.slug = '该网址标识已被另一个机构使用';
    if (name) errors.name = '已有同名机构：同一机构只能有一条记录';
    if (id && chain.includes(id)) errors.parentId = '上级机构不能是它自己或它的下级';
    Object.assign(errors, await discrepancyProblems(tx, { column: 'organisationId', id }, data));
    return errors;
  },
  setDeleted: async (tx, id, deletedAt, expectedVersion) => {
    await tx.organisation.update({
      where: { id, version: expectedVersion },
      data: { deletedAt, version: { increment: 1 } },
    });
  },
};
