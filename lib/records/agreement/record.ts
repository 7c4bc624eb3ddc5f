import 'server-only';
// An agreement with its parties and citations as one record; both keep their ids across edits.
import type { Tx } from '@/lib/db/client';
import { formatPartialDate, parsePartialDate } from '@/lib/dates/partial-date';
import { citationSelect, toCitation } from '../citation-rows';
import { discrepancyProblems, discrepancySelect, syncDiscrepancies, toDiscrepancy } from '../discrepancies';
import type { FieldErrors } from '../field-errors';
import { organisationKind } from '../organisation/record';
import type { OrganisationDraft } from '../organisation/schema';
import type { RecordKind, WriteInput } from '../record-kind';
import { factDelta, syncCitations, syncFacts } from '../sync-facts';
import { agreementDraftSchema, type AgreementDraft, type NewPartyOrganisation } from './schema';

const organisationDraft = (party: NewPartyOrganisation): OrganisationDraft => ({
  ...party,
  shortName: '',
  aliases: [],
  parentId: null,
  description: '',
  citations: [],
  recordDiscrepancies: [],
});

async function load(tx: Tx, id: string) {
  const row = await tx.agreement.findUnique({
    where: { id },
    include: {
      parties: { orderBy: [{ side: 'asc' }, { organisationId: 'asc' }, { id: 'asc' }] },
      citations: citationSelect,
      discrepancies: discrepancySelect,
    },
  });
  if (!row) return null;
  const data: AgreementDraft = {
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    domain: row.domain,
    topicId: row.topicId,
    partnerRegionId: row.partnerRegionId,
    signedOn:
      row.signedOn && row.signedOnPrecision
        ? formatPartialDate({ date: row.signedOn, precision: row.signedOnPrecision })
        : '',
    summary: row.summary,
    parties: row.parties.map((p) => ({
      id: p.id,
      organisationId: p.organisationId,
      newOrganisation: null,
      side: p.side,
    })),
    citations: row.citations.map(toCitation),
    periodReason: '',
    recordDiscrepancies: row.discrepancies.map(toDiscrepancy),
  };
  return { data, version: row.version, status: row.status, deletedAt: row.deletedAt };
}

async function write(tx: Tx, { id, data, expectedVersion, current, companions, now }: WriteInput<AgreementDraft>) {
  const signed = data.signedOn === '' ? null : parsePartialDate(data.signedOn);
  const fields = {
    slug: data.slug,
    title: data.title,
    kind: data.kind,
    domain: data.domain,
    topicId: data.topicId,
    partnerRegionId: data.partnerRegionId,
    signedOn: signed?.date ?? null,
    signedOnPrecision: signed?.precision ?? null,
    summary: data.summary,
  };
  const agreementId = id
    ? (
        await tx.agreement.update({
          where: { id, version: expectedVersion ?? -1 },
          data: { ...fields, version: { increment: 1 } },
          select: { id: true },
        })
      ).id
    : (await tx.agreement.create({ data: { ...fields, status: 'PUBLISHED' }, select: { id: true } })).id;

  const organisationOf = async (party: AgreementDraft['parties'][number]) => {
    if (!party.newOrganisation) return party.organisationId;
    const organisationId = await organisationKind.write(tx, {
      id: null,
      data: organisationDraft(party.newOrganisation),
      expectedVersion: null,
      current: null,
      companions,
      now,
    });
    companions.push({ recordType: 'ORGANISATION', recordId: organisationId });
    return organisationId;
  };
  const delta = factDelta(current, data);
  await syncFacts(delta, 'PARTY', data.parties, {
    remove: (ids) => tx.agreementParty.deleteMany({ where: { id: { in: ids }, agreementId } }),
    create: async (party, partyId) =>
      tx.agreementParty.create({
        data: { id: partyId, agreementId, organisationId: await organisationOf(party), side: party.side },
      }),
    update: async (party, partyId) =>
      tx.agreementParty.update({
        where: { id: partyId, agreementId },
        data: { organisationId: await organisationOf(party), side: party.side },
      }),
  });
  await syncCitations(tx, 'AGREEMENT', agreementId, delta, now);
  await syncDiscrepancies(tx, { column: 'agreementId', id: agreementId }, { current, data, companions });
  return agreementId;
}

export const agreementKind: RecordKind<AgreementDraft> = {
  recordType: 'AGREEMENT',
  label: '合作协议',
  schema: agreementDraftSchema,
  title: (data) => data.title,
  load,
  write,
  citedValues: (data) => [{ path: '', citations: data.citations }],
  citedPeriods: (data) =>
    data.signedOn === ''
      ? []
      : [{ path: '', period: data.signedOn, citations: data.citations, reason: data.periodReason }],
  uniqueChecks: async (tx, id, data) => {
    const clash = await tx.agreement.findFirst({
      where: { slug: data.slug, ...(id ? { id: { not: id } } : {}) },
      select: { id: true },
    });
    const errors: FieldErrors = {
      ...(clash ? { slug: '该网址标识已被另一项协议使用' } : {}),
      ...(await discrepancyProblems(tx, { column: 'agreementId', id }, data)),
    };
    // A new party organisation must be as unique as one entered through its own form.
    for (const [index, party] of data.parties.entries()) {
      if (!party.newOrganisation) continue;
      const partyErrors = await organisationKind.uniqueChecks(tx, null, organisationDraft(party.newOrganisation));
      for (const [field, message] of Object.entries(partyErrors)) {
        errors[`parties.${index}.newOrganisation.${field}`] = message;
      }
    }
    return errors;
  },
  warnings: async (tx, data) => {
    // An agreement cannot be signed after the document that reports it.
    const signed = data.signedOn === '' ? null : parsePartialDate(data.signedOn);
    if (!signed) return [];
    const versions = await tx.sourceVersion.findMany({
      where: { id: { in: data.citations.map((c) => c.sourceVersionId) } },
      select: { document: { select: { title: true, statedDate: true } } },
    });
    return versions.flatMap(({ document }) =>
      document.statedDate && signed.date > document.statedDate
        ? [`签署日期 ${data.signedOn} 晚于报道它的文件《${document.title}》的日期`]
        : [],
    );
  },
  setDeleted: async (tx, id, deletedAt, expectedVersion) => {
    await tx.agreement.update({
      where: { id, version: expectedVersion },
      data: { deletedAt, version: { increment: 1 } },
    });
  },
};
