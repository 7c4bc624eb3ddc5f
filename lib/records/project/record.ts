import 'server-only';
// A project as a whole record: read from the public tables into the form's shape, and written back
// from it when a change is published. Its facts (parties, milestones, measures, citations) are
// written in place and keep their ids.
import type { Tx } from '@/lib/db/client';
import { formatPartialDate, parsePartialDate } from '@/lib/dates/partial-date';
import { citationSelect, toCitation } from '../citation-rows';
import { discrepancyProblems, discrepancySelect, syncDiscrepancies, toDiscrepancy } from '../discrepancies';
import type { RecordKind, WriteInput } from '../record-kind';
import { factDelta, syncCitations, syncFacts } from '../sync-facts';
import { projectDraftSchema, type ProjectDraft } from './schema';

async function load(tx: Tx, id: string) {
  const row = await tx.project.findUnique({
    where: { id },
    include: {
      parties: { orderBy: [{ role: 'asc' }, { organisationId: 'asc' }, { id: 'asc' }] },
      milestones: {
        orderBy: [{ date: 'asc' }, { kind: 'asc' }, { id: 'asc' }],
        include: { citations: citationSelect },
      },
      measures: {
        orderBy: [{ sortOrder: 'asc' }, { label: 'asc' }, { id: 'asc' }],
        include: { citations: citationSelect },
      },
      citations: citationSelect,
      discrepancies: discrepancySelect,
    },
  });
  if (!row) return null;
  const data: ProjectDraft = {
    slug: row.slug,
    name: row.name,
    aliases: row.aliases,
    kind: row.kind,
    projectStatus: row.projectStatus,
    topicId: row.topicId,
    location: row.location ?? '',
    investment:
      row.investmentAmount !== null && row.investmentUnit !== null
        ? {
            amount: row.investmentAmount.toString(),
            unit: row.investmentUnit,
            qualifier: row.investmentQualifier ?? 'EXACT',
          }
        : null,
    description: row.description,
    parties: row.parties.map((p) => ({ id: p.id, organisationId: p.organisationId, role: p.role })),
    milestones: row.milestones.map((m) => ({
      id: m.id,
      kind: m.kind,
      date: formatPartialDate({ date: m.date, precision: m.datePrecision }),
      basis: m.basis,
      note: m.note ?? '',
      citations: m.citations.map(toCitation),
      periodReason: '',
    })),
    measures: row.measures.map((m) => ({
      id: m.id,
      label: m.label,
      value: m.value.toString(),
      unit: m.unit,
      qualifier: m.qualifier,
      basis: m.basis,
      citations: m.citations.map(toCitation),
    })),
    citations: row.citations.map(toCitation),
    recordDiscrepancies: row.discrepancies.map(toDiscrepancy),
  };
  return { data, version: row.version, status: row.status, deletedAt: row.deletedAt };
}

async function write(
  tx: Tx,
  { id, data, expectedVersion, current, companions, now }: WriteInput<ProjectDraft>,
): Promise<string> {
  const fields = {
    slug: data.slug,
    name: data.name,
    aliases: data.aliases,
    kind: data.kind,
    projectStatus: data.projectStatus,
    topicId: data.topicId,
    location: data.location === '' ? null : data.location,
    investmentAmount: data.investment?.amount ?? null,
    investmentUnit: data.investment?.unit ?? null,
    investmentQualifier: data.investment?.qualifier ?? null,
    description: data.description,
  };
  const projectId = id
    ? (
        await tx.project.update({
          where: { id, version: expectedVersion ?? -1 },
          data: { ...fields, version: { increment: 1 } },
          select: { id: true },
        })
      ).id
    : (await tx.project.create({ data: { ...fields, status: 'PUBLISHED' }, select: { id: true } })).id;

  const delta = factDelta(current, data);
  await syncFacts(delta, 'PARTY', data.parties, {
    remove: (ids) => tx.projectParty.deleteMany({ where: { id: { in: ids }, projectId } }),
    create: (p, partyId) =>
      tx.projectParty.create({ data: { id: partyId, projectId, organisationId: p.organisationId, role: p.role } }),
    update: (p, partyId) =>
      tx.projectParty.update({
        where: { id: partyId, projectId },
        data: { organisationId: p.organisationId, role: p.role },
      }),
  });
  const milestoneFields = (m: ProjectDraft['milestones'][number]) => {
    const date = parsePartialDate(m.date)!;
    return {
      kind: m.kind,
      date: date.date,
      datePrecision: date.precision,
      basis: m.basis,
      note: m.note === '' ? null : m.note,
    };
  };
  await syncFacts(delta, 'MILESTONE', data.milestones, {
    remove: (ids) => tx.projectMilestone.deleteMany({ where: { id: { in: ids }, projectId } }),
    create: (m, milestoneId) =>
      tx.projectMilestone.create({ data: { ...milestoneFields(m), id: milestoneId, projectId } }),
    update: (m, milestoneId) =>
      tx.projectMilestone.update({
        where: { id: milestoneId, projectId },
        data: { ...milestoneFields(m), version: { increment: 1 } },
      }),
  });
  const measureFields = (
    { label, value, unit, qualifier, basis }: ProjectDraft['measures'][number],
    sortOrder: number,
  ) => ({
    label,
    value,
    unit,
    qualifier,
    basis,
    sortOrder,
  });
  await syncFacts(delta, 'MEASURE', data.measures, {
    remove: (ids) => tx.projectMeasure.deleteMany({ where: { id: { in: ids }, projectId } }),
    create: (m, measureId, index) =>
      tx.projectMeasure.create({ data: { ...measureFields(m, index), id: measureId, projectId } }),
    update: (m, measureId, index) =>
      tx.projectMeasure.update({
        where: { id: measureId, projectId },
        data: { ...measureFields(m, index), version: { increment: 1 } },
      }),
  });
  await syncCitations(tx, 'PROJECT', projectId, delta, now);
  await syncDiscrepancies(tx, { column: 'projectId', id: projectId }, { current, data, companions });
  return projectId;
}

export const projectKind: RecordKind<ProjectDraft> = {
  recordType: 'PROJECT',
  label: '项目',
  schema: projectDraftSchema,
  title: (data) => data.name,
  load,
  write,
  citedValues: (data) => [
    {
      path: '',
      citations: data.citations,
      names: data.aliases.map((name, index) => ({ name, path: `aliases.${index}` })),
      ...(data.investment
        ? { value: data.investment.amount, unit: data.investment.unit, valuePath: 'investment.amount' }
        : {}),
    },
    ...data.milestones.map((m, i) => ({ path: `milestones.${i}`, citations: m.citations })),
    ...data.measures.map((m, i) => ({ path: `measures.${i}`, citations: m.citations, value: m.value, unit: m.unit })),
  ],
  citedPeriods: (data) =>
    data.milestones.map((m, i) => ({
      path: `milestones.${i}`,
      period: m.date,
      citations: m.citations,
      reason: m.periodReason,
    })),
  uniqueChecks: async (tx, id, data) => {
    const clash = await tx.project.findFirst({
      where: { slug: data.slug, ...(id ? { id: { not: id } } : {}) },
      select: { id: true },
    });
    return {
      ...(clash ? { slug: '该网址标识已被另一个项目使用' } : {}),
      ...(await discrepancyProblems(tx, { column: 'projectId', id }, data)),
    };
  },
  setDeleted: async (tx, id, deletedAt, expectedVersion) => {
    await tx.project.update({
      where: { id, version: expectedVersion },
      data: { deletedAt, version: { increment: 1 } },
    });
  },
};
