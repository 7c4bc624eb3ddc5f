// The two notes an editor writes on a change, kept apart: one for reviewers only, one published as
// the reason in the record's public history. Shared by the form and the server.
import { z } from 'zod';
import { optionalText } from '@/lib/records/fields';

export const changeNotesSchema = z.strictObject({
  editorNote: optionalText('给审核人的说明', 2000),
  publicNote: optionalText('公开的修改原因', 300),
});

export type ChangeNotes = z.infer<typeof changeNotesSchema>;
