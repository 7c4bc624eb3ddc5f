// The topic form's data.
import { z } from 'zod';
import { optionalText, requiredText, slugField } from '../fields';

export const topicDraftSchema = z.strictObject({
  slug: slugField,
  nameZh: requiredText('中文名称', 40),
  nameEn: requiredText('英文名称', 80),
  description: optionalText('简介'),
  sortOrder: z.number().int('排序须为整数').min(0).max(1000).default(0),
});

export type TopicDraft = z.infer<typeof topicDraftSchema>;
