// The project form's data: one schema for the form (instant feedback) and the server (authority).
import { z } from 'zod';
import {
  MilestoneKind,
  ProjectKind,
  ProjectRole,
  ProjectStatus,
  ValueBasis,
  ValueQualifier,
} from '@/lib/generated/prisma/enums';
import {
  amountField,
  citationsField,
  factIdField,
  optionalText,
  periodReasonField,
  partialDateField,
  requiredText,
  slugField,
  unitField,
} from '../fields';
import { recordDiscrepanciesField } from '../discrepancy-schema';

export const projectMeasureSchema = z.strictObject({
  id: factIdField,
  label: requiredText('名称', 60),
  value: amountField('数值'),
  unit: unitField,
  qualifier: z.enum(ValueQualifier).default('EXACT'),
  basis: z.enum(ValueBasis).default('REPORTED'),
  citations: citationsField,
});

export const projectMilestoneSchema = z.strictObject({
  id: factIdField,
  kind: z.enum(MilestoneKind, '请选择节点类型'),
  date: partialDateField,
  basis: z.enum(ValueBasis).default('REPORTED'),
  note: optionalText('说明', 200),
  citations: citationsField,
  periodReason: periodReasonField,
});

export const projectPartySchema = z.strictObject({
  id: factIdField,
  organisationId: z.string().uuid('请选择机构'),
  role: z.enum(ProjectRole, '请选择角色'),
});

export const projectDraftSchema = z
  .strictObject({
    slug: slugField,
    name: requiredText('项目名称'),
    // Other names the documents use (大九街 for 九街); each must be written in one of the quotes.
    aliases: z.array(requiredText('别名', 60)).max(20, '别名最多 20 个').default([]),
    kind: z.enum(ProjectKind, '请选择项目类型'),
    projectStatus: z.enum(ProjectStatus, '请选择项目状态'),
    topicId: z.string().uuid('请选择专题'),
    location: optionalText('地点', 200),
    investment: z
      .strictObject({
        amount: amountField('投资额'),
        unit: unitField,
        qualifier: z.enum(ValueQualifier).default('EXACT'),
      })
      .nullable()
      .default(null),
    description: optionalText('简介'),
    parties: z.array(projectPartySchema).max(30).default([]),
    milestones: z.array(projectMilestoneSchema).max(30).default([]),
    measures: z.array(projectMeasureSchema).max(30).default([]),
    citations: citationsField,
    recordDiscrepancies: recordDiscrepanciesField,
  })
  .superRefine((project, ctx) => {
    project.aliases.forEach((alias, index) => {
      if (alias === project.name)
        ctx.addIssue({ code: 'custom', path: ['aliases', index], message: '别名与项目名称相同' });
    });
    const seen = new Set<string>();
    project.parties.forEach((party, index) => {
      const key = `${party.organisationId}:${party.role}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['parties', index, 'organisationId'], message: '该机构已以同一角色列出' });
      seen.add(key);
    });
  });

export type ProjectDraft = z.infer<typeof projectDraftSchema>;
/** What the form holds before parsing (defaults not yet applied). */
export type ProjectDraftInput = z.input<typeof projectDraftSchema>;

export const emptyMeasure = (): ProjectDraft['measures'][number] => ({
  label: '',
  value: '',
  unit: '',
  qualifier: 'EXACT',
  basis: 'REPORTED',
  citations: [],
});

export const emptyMilestone = (): ProjectDraft['milestones'][number] => ({
  kind: 'STARTED',
  date: '',
  basis: 'REPORTED',
  note: '',
  citations: [],
  periodReason: '',
});

/** A new record's form before the editor types anything. */
export const emptyProject = (): ProjectDraft => ({
  slug: '',
  name: '',
  aliases: [],
  kind: 'OTHER',
  projectStatus: 'UNKNOWN',
  topicId: '',
  location: '',
  investment: null,
  description: '',
  parties: [],
  milestones: [],
  measures: [],
  citations: [],
  recordDiscrepancies: [],
});
