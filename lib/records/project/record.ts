import 'server-only';
// A project as a whole record: read from the public tables into the form's shape, and written back
// from it when a change is published. Children (parties, milestones, measures, citations) are
// replaced as a set, so the published record is exactly the reviewed content.
import type { Tx } from '@/lib/db/client';
import { formatPartialDate, parsePartialDate } from '@/lib/dates/partial-date';
import { citationRows, citationSelect, toCitation } from '../citation-rows';
import type { RecordKind } from '../record-kind';
import { projectDraftSchema, type ProjectDraft } from './schema';

async function load(tx: Tx, id: string) {
  const row = await tx.project.findUnique({
    where: { id },
    include: {
      parties: { orderBy: [{ role: 'asc' }, { organisationId: 'asc' }] },
      milestones: { orderBy: [{ date: 'asc' }, { kind: 'asc' }], include: { citations: citationSelect } },
      measures: { orderBy: [{ sortOrder: 'asc' }, { label: 'asc' }], include: { citations: citationSelect } },
      citations: citationSelect,
    },
  });
  if (!row) return null;
  const data: ProjectDraft = {
    slug: row.slug,
    name: row.name,
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
    parties: row.parties.map((p) => ({ organisationId: p.organisationId, role: p.role })),
    milestones: row.milestones.map((m) => ({
      kind: m.kind,
      date: formatPartialDate({ date: m.date, precision: m.datePrecision }),
      basis: m.basis,
      note: m.note ?? '',
      citations: m.citations.map(toCitation),
    })),
    measures: row.measures.map((m) => ({
      label: m.label,
      value: m.value.toString(),
      unit: m.unit,
      qualifier: m.qualifier,
      basis: m.basis,
      citations: m.citations.map(toCitation),
    })),
    citations: row.citations.map(toCitation),
  };
  return { data, version: row.version, status: row.status, deletedAt: row.deletedAt };
}

async function write(tx: Tx, id: string | null, data: ProjectDraft, expectedVersion: number | null): Promise<string> {
  const now = new Date();
  const fields = {
    slug: data.slug,
    name: data.name,
    kind: data.kind,
    projectStatus: data.projectStatus,
    topicId: data.topicId,
    location: data.location === '' ? null : data.location,
    investmentAmount: data.investment?.amount ?? null,
    investmentUnit: data.investment?.unit ?? null,
    investmentQualifier: data.investment?.qualifier ?? null,
    description: data.description,
  };
  let projectId: string;
  if (id === null) {
    projectId = (await tx.project.create({ data: { ...fields, status: 'PUBLISHED' }, select: { id: true } })).id;
  } else {
    projectId = id;
    await tx.project.update({
      where: { id, version: expectedVersion ?? -1 },
      data: { ...fields, version: { increment: 1 } },
    });
    // Children cascade from the project; its own citations are removed explicitly.
    await tx.citation.deleteMany({ where: { projectId: id } });
    await tx.projectParty.deleteMany({ where: { projectId: id } });
    await tx.projectMilestone.deleteMany({ where: { projectId: id } });
    await tx.projectMeasure.deleteMany({ where: { projectId: id } });
  }
  await tx.citation.createMany({ data: citationRows(data.citations, now).map((c) => ({ ...c, projectId })) });
  await tx.projectParty.createMany({ data: data.parties.map((p) => ({ ...p, projectId })) });
  for (const milestone of data.milestones) {
    const date = parsePartialDate(milestone.date)!;
    const created = await tx.projectMilestone.create({
      data: {
        projectId,
        kind: milestone.kind,
        date: date.date,
        datePrecision: date.precision,
        basis: milestone.basis,
        note: milestone.note === '' ? null : milestone.note,
      },
      select: { id: true },
    });
    await tx.citation.createMany({
      data: citationRows(milestone.citations, now).map((c) => ({ ...c, projectMilestoneId: created.id })),
    });
  }
  for (const [sortOrder, measure] of data.measures.entries()) {
    const { citations, ...rest } = measure;
    const created = await tx.projectMeasure.create({ data: { ...rest, projectId, sortOrder }, select: { id: true } });
    await tx.citation.createMany({
      data: citationRows(citations, now).map((c) => ({ ...c, projectMeasureId: created.id })),
    });
  }
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
      ...(data.investment
        ? { value: data.investment.amount, unit: data.investment.unit, valuePath: 'investment.amount' }
        : {}),
    },
    ...data.milestones.map((m, i) => ({ path: `milestones.${i}`, citations: m.citations })),
    ...data.measures.map((m, i) => ({ path: `measures.${i}`, citations: m.citations, value: m.value, unit: m.unit })),
  ],
  uniqueChecks: async (tx, id, data) => {
    const clash = await tx.project.findFirst({
      where: { slug: data.slug, ...(id ? { id: { not: id } } : {}) },
      select: { id: true },
    });
    return clash ? { slug: '该网址标识已被另一个项目使用' } : ({} as Record<string, string>);
  },
  setDeleted: async (tx, id, deletedAt, expectedVersion) => {
    await tx.project.update({
      where: { id, version: expectedVersion },
      data: { deletedAt, version: { increment: 1 } },
    });
  },
};
