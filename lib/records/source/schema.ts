// A source document as a record of the review workflow: its metadata and the text version that
// becomes public when the change is approved. The version is named by id and number; its text is
// immutable, so approving the change approves exactly the text the reviewer read.
import { z } from 'zod';
import { sourceMetadataSchema } from '@/lib/sources/schema';

export const sourceRecordSchema = sourceMetadataSchema.extend({
  versionId: z.string().uuid('文本版本编号格式不正确'),
  versionNumber: z.number().int().min(1),
});

export type SourceRecord = z.infer<typeof sourceRecordSchema>;
