// Field schemas shared by every record form: the client validates with them as the editor types,
// and the server parses with the very same schemas before anything is stored.
import { CITED_FIELDS } from '@/lib/citations/cited-fields';
import { z } from 'zod';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { SLUG_PATTERN } from '@/lib/ids/slug';

export const slugField = z
  .string()
  .trim()
  .min(1, '请填写网址标识')
  .max(80, '网址标识不能超过 80 个字符')
  .regex(SLUG_PATTERN, '只能使用小写英文字母、数字和连字符，例如 beibin-road');

/**
 * Text a person typed: no control characters but tab and line breaks. A stray \u0001 would make
 * the Atom feed invalid XML for every subscriber and cannot be seen in a diff.
 */
export const TYPED_TEXT = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

const typedText = (label: string) =>
  z.string().trim().regex(TYPED_TEXT, `${label}含有不可见的控制字符，请删除后再保存`);

export const requiredText = (label: string, max = 200) =>
  typedText(label).min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字符`);

export const optionalText = (label: string, max = 2000) =>
  typedText(label).max(max, `${label}不能超过 ${max} 个字符`).default('');

/** A non-negative decimal written as text, at most 18 digits before and 6 after the point. */
export const amountField = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${label}`)
    .regex(/^\d{1,18}(?:\.\d{1,6})?$/, `${label}须为不小于 0 的数字，最多 6 位小数，例如 302.5`);

export const unitField = requiredText('单位', 20);

export const partialDateField = z
  .string()
  .trim()
  .refine((value) => parsePartialDate(value) !== null, '日期格式为 2020、2020-09 或 2020-09-27，且须是真实日期');

export const uuidField = (message: string) => z.string().uuid(message);

/**
 * A fact's id (observation, milestone, measure, party, citation): kept from creation to withdrawal
 * so that links to it never break. Absent on a row the editor has just added; the server gives it
 * one when the change is saved.
 */
// Any 8-4-4-4-12 hex id: seeded parties carry md5-derived ids, which are not RFC 4122 versions.
export const factIdField = z.guid('编号格式不正确').optional();

/**
 * Why the editor keeps a period (or date) that the period check could not find in the quote or
 * its context. It belongs to the change: reviewers see it beside the diff; it is not published.
 */
export const periodReasonField = z.string().trim().max(500, '理由不能超过 500 个字符').default('');

/**
 * A quote picked from a source version: the exact text, its code point offsets and some context.
 * Offsets and text are re-checked on the server against the stored document before saving.
 */
export const citationField = z.strictObject({
  id: factIdField,
  sourceVersionId: z.string().uuid('请选择原始文件'),
  exact: z.string().min(1, '请在原文中选择引文').max(2000, '引文不能超过 2000 个字符'),
  prefix: z.string().max(200).default(''),
  suffix: z.string().max(200).default(''),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** The figure of an observation the quote supports; absent or null: the fact as a whole. */
  field: z.enum(CITED_FIELDS).nullable().optional(),
});
export type CitationInput = z.infer<typeof citationField>;

export const citationsField = z.array(citationField).min(1, '至少需要一条经核验的引文').max(20, '引文最多 20 条');

/** A growth rate in percent: signed, and within what a real statistic can say (no 1e9%). */
export const growthField = z
  .string()
  .trim()
  .regex(/^$|^-?\d{1,4}(?:\.\d{1,4})?$/, '增速须为 -100 到 1000 之间的百分数，例如 3.9')
  .refine((value) => value === '' || (Number(value) >= -100 && Number(value) <= 1000), '增速须在 -100% 到 1000% 之间')
  .default('');
