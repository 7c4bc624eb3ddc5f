// The source import forms' data, shared by the browser and the server.
import { z } from 'zod';
import { SourceKind } from '@/lib/generated/prisma/enums';
import { parsePartialDate } from '@/lib/dates/partial-date';
import { optionalText, requiredText, slugField } from '@/lib/records/fields';

/** 2 million characters: well beyond any yearbook chapter, small enough to keep one row sane. */
export const MAX_SOURCE_CHARS = 2_000_000;

const sourceText = z.string().max(MAX_SOURCE_CHARS, '文本过长（最多 200 万字）').default('');

/** An uploaded original (PDF or saved web page), base64-encoded: its text is extracted on the server. */
const originalField = z
  .strictObject({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[^/\\\0]*$/, '文件名不能包含路径'),
    // 20 MB of bytes as base64 (lib/sources/read-original.ts checks the decoded size).
    data: z.base64('文件内容无法读取').max(28_000_000, '文件超过 20 MB'),
  })
  .optional();

/** A text comes either pasted (or from a .txt file) or from an original; one of them is needed. */
function withTextOrOriginal<T extends z.ZodType<{ text: string; original?: unknown }>>(schema: T) {
  return schema.superRefine((data, context) => {
    if (data.original === undefined && data.text.trim() === '') {
      context.addIssue({ code: 'custom', path: ['text'], message: '请上传或粘贴原文' });
    }
  });
}
const fileName = z
  .string()
  .trim()
  .max(200)
  .regex(/^[^/\\\0]*$/, '文件名不能包含路径')
  .default('');

const optionalPartialDate = z
  .string()
  .trim()
  .refine((value) => value === '' || parsePartialDate(value) !== null, '日期格式为 2020、2020-09 或 2020-09-27')
  .default('');

/** What a document says about itself, and what the editor knows of where it comes from. */
const sourceMetadataFields = z.strictObject({
  slug: slugField,
  title: requiredText('标题', 200),
  kind: z.enum(SourceKind, '请选择文件类型'),
  byline: optionalText('作者', 200),
  publisher: optionalText('发布机构', 200),
  // Only web addresses: a javascript: or data: URL must never become a link on a public page.
  originalUrl: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, error: '请输入以 http:// 或 https:// 开头的完整网址' })])
    .default(''),
  statedDate: optionalPartialDate,
  estimatedDate: optionalPartialDate,
  datingNote: optionalText('日期说明', 500),
  retrievedOn: z
    .string()
    .trim()
    .refine(
      (value) => value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && parsePartialDate(value) !== null),
      '日期格式为 2024-03-15',
    )
    .default(''),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, '语言代码如 zh-CN、en')
    .default('zh-CN'),
  rightsNote: optionalText('版权说明', 500),
});

/** An estimate is only worth as much as its reason: the editor must give one. */
function withDatingRule<T extends z.ZodType<{ estimatedDate: string; datingNote: string }>>(schema: T) {
  return schema.superRefine((data, context) => {
    if (data.estimatedDate !== '' && data.datingNote.trim() === '') {
      context.addIssue({ code: 'custom', path: ['datingNote'], message: '请说明估计日期的依据' });
    }
  });
}

export const sourceMetadataSchema = withDatingRule(sourceMetadataFields);
export type SourceMetadata = z.infer<typeof sourceMetadataFields>;

export const emptySourceMetadata: SourceMetadata = {
  slug: '',
  title: '',
  kind: 'NEWS_ARTICLE',
  byline: '',
  publisher: '',
  originalUrl: '',
  statedDate: '',
  estimatedDate: '',
  datingNote: '',
  retrievedOn: '',
  language: 'zh-CN',
  rightsNote: '',
};

/** A source record (lib/records/source): its metadata and the text version it approves. */
export const sourceRecordSchema = withDatingRule(
  sourceMetadataFields.extend({
    versionId: z.string().uuid('文本版本编号格式不正确'),
    versionNumber: z.number().int().min(1),
  }),
);

export type SourceRecord = z.infer<typeof sourceRecordSchema>;

export const newSourceSchema = withTextOrOriginal(
  withDatingRule(sourceMetadataFields.extend({ fileName, text: sourceText, original: originalField })),
);
export type NewSource = z.infer<typeof newSourceSchema>;

export const newVersionSchema = withTextOrOriginal(
  z.strictObject({
    documentId: z.string().uuid(),
    fileName,
    note: optionalText('修订说明', 500),
    text: sourceText,
    original: originalField,
  }),
);
export type NewVersion = z.infer<typeof newVersionSchema>;
