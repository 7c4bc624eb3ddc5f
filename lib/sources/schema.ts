// The source import forms' data, shared by the browser and the server.
import { z } from 'zod';
import { SourceKind } from '@/lib/generated/prisma/enums';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { optionalText, requiredText, slugField } from '@/lib/records/fields';

/** 2 million characters: well beyond any yearbook chapter, small enough to keep one row sane. */
export const MAX_SOURCE_CHARS = 2_000_000;

const sourceText = z
  .string()
  .max(MAX_SOURCE_CHARS, '文本过长（最多 200 万字）')
  .refine((text) => text.trim().length > 0, '请上传或粘贴原文');
const fileName = z
  .string()
  .trim()
  .max(200)
  .regex(/^[^/\\\0]*$/, '文件名不能包含路径')
  .default('');

/** What a document says about itself: edited through the review workflow like any record. */
export const sourceMetadataSchema = z.strictObject({
  slug: slugField,
  title: requiredText('标题', 200),
  kind: z.enum(SourceKind, '请选择文件类型'),
  byline: optionalText('作者', 200),
  publisher: optionalText('发布机构', 200),
  // Only web addresses: a javascript: or data: URL must never become a link on a public page.
  originalUrl: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, error: '请输入以 http:// 或 https:// 开头的完整网址' })])
    .default(''),
  statedDate: z
    .string()
    .trim()
    .refine((value) => value === '' || parsePartialDate(value) !== null, '日期格式为 2020、2020-09 或 2020-09-27')
    .default(''),
  datingNote: optionalText('日期说明', 500),
});

export const newSourceSchema = sourceMetadataSchema.extend({ fileName, text: sourceText });
export type NewSource = z.infer<typeof newSourceSchema>;

export const newVersionSchema = z.strictObject({
  documentId: z.string().uuid(),
  fileName,
  note: optionalText('修订说明', 500),
  text: sourceText,
});
export type NewVersion = z.infer<typeof newVersionSchema>;
