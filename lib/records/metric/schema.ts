// The metric form's data: a metric and all its observations, cited. Shared by form and server.
import { z } from 'zod';
import { StatementRank, ValueBasis, ValueQualifier, Vintage } from '@/lib/generated/prisma/enums';
import { parsePeriod } from '@/lib/dates/period';
import {
  amountField,
  citationsField,
  factIdField,
  growthField,
  optionalText,
  periodReasonField,
  requiredText,
  slugField,
} from '../fields';

export const observationSchema = z
  .strictObject({
    id: factIdField,
    period: z
      .string()
      .trim()
      .refine(
        (value) => parsePeriod(value) !== null,
        '时期格式为 2020、2016/2020、2020-H1、2020-Q3、2020-09 或 2020-12-31',
      ),
    periodLabel: requiredText('时期说明', 40),
    value: amountField('数值'),
    qualifier: z.enum(ValueQualifier).default('EXACT'),
    basis: z.enum(ValueBasis).default('REPORTED'),
    isCumulative: z.boolean().default(false),
    growthRate: growthField,
    growthQualifier: z.enum(ValueQualifier).default('EXACT'),
    rankStatement: optionalText('排名表述', 200),
    // The subject when narrower than the metric's (江北嘴金融核心区): shown beside the value, kept
    // off the metric's own line in charts.
    scope: optionalText('统计范围', 60),
    // Published beside the value as 说明; notes for reviewers go on the change.
    note: optionalText('说明', 500),
    vintage: z.enum(Vintage).default('FINAL'),
    rank: z.enum(StatementRank).default('NORMAL'),
    rankReason: optionalText('取舍理由', 200),
    citations: citationsField,
    periodReason: periodReasonField,
  })
  .superRefine((observation, ctx) => {
    if (observation.rank !== 'NORMAL' && observation.rankReason === '') {
      ctx.addIssue({ code: 'custom', path: ['rankReason'], message: '标为首选或弃用时请说明理由' });
    }
  });

/**
 * Values that documents give differently for what reads as one measure, set side by side (数值分歧):
 * the editor's note, and the observations, of this metric or (kept as they are) of another one
 * already in it. Which value is preferred is said on the observations themselves (取舍).
 */
export const valueDiscrepancySchema = z.strictObject({
  id: factIdField,
  note: requiredText('说明', 2000),
  observationIds: z
    .array(z.guid('请选择观测值'))
    .min(2, '至少选择两个观测值才能构成分歧')
    .max(20, '一条分歧最多 20 个观测值'),
});

export const metricDraftSchema = z
  .strictObject({
    slug: slugField,
    nameZh: requiredText('指标名称', 80),
    nameEn: optionalText('英文名称', 120),
    // Other names readers search for: abbreviations (GDP, 社零) and English names.
    synonyms: z.array(requiredText('同义词', 60)).max(20, '同义词最多 20 个').default([]),
    unit: optionalText('单位', 20),
    topicId: z.string().uuid('请选择专题'),
    subjectId: z.string().uuid('请选择机构').nullable().default(null),
    description: optionalText('说明'),
    featured: z.boolean().default(false),
    observations: z.array(observationSchema).min(1, '至少需要一个观测值').max(200),
    valueDiscrepancies: z.array(valueDiscrepancySchema).max(50, '数值分歧最多 50 条').default([]),
  })
  .superRefine((metric, ctx) => {
    // An observation stands in one discrepancy at most (Observation.discrepancyId).
    const seen = new Set<string>();
    metric.valueDiscrepancies.forEach((discrepancy, index) => {
      if (discrepancy.observationIds.some((id) => seen.has(id))) {
        ctx.addIssue({
          code: 'custom',
          path: ['valueDiscrepancies', index, 'observationIds'],
          message: '一个观测值只能列入一条数值分歧',
        });
      }
      discrepancy.observationIds.forEach((id) => seen.add(id));
    });
  });

export type ObservationDraft = z.infer<typeof observationSchema>;
export type ValueDiscrepancyDraft = z.infer<typeof valueDiscrepancySchema>;
export type MetricDraft = z.infer<typeof metricDraftSchema>;

/** A new observation as a form starts it: the schema's defaults, nothing stated yet. */
export const emptyObservation = (): ObservationDraft => ({
  period: '',
  periodLabel: '',
  value: '',
  qualifier: 'EXACT',
  basis: 'REPORTED',
  isCumulative: false,
  growthRate: '',
  growthQualifier: 'EXACT',
  rankStatement: '',
  scope: '',
  note: '',
  vintage: 'FINAL',
  rank: 'NORMAL',
  rankReason: '',
  citations: [],
  periodReason: '',
});

export const emptyValueDiscrepancy = (observationIds: string[] = []): ValueDiscrepancyDraft => ({
  note: '',
  observationIds,
});

/**
 * The metric with a new value discrepancy of the given observations, as the fact desk's 登记数值分歧
 * opens the form; unchanged unless they are two or more of its own not yet in one.
 */
export function withValueDiscrepancyOf(metric: MetricDraft, observationIds: string[]): MetricDraft {
  const own = new Set(metric.observations.flatMap((o) => (o.id ? [o.id] : [])));
  const grouped = new Set(metric.valueDiscrepancies.flatMap((d) => d.observationIds));
  const ids = [...new Set(observationIds)];
  if (ids.length < 2 || ids.some((id) => !own.has(id) || grouped.has(id))) return metric;
  return { ...metric, valueDiscrepancies: [...metric.valueDiscrepancies, emptyValueDiscrepancy(ids)] };
}
