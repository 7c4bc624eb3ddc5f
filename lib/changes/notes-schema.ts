// The two notes an editor writes on a change, kept apart: one for reviewers only, one published as
// the reason in the record's public history. Shared by the form and the server.
import { z } from 'zod';

export const changeNotesSchema = z.strictObject({
  editorNote: z.string().trim().max(2000, '给审核人的说明不能超过 2000 个字符').default(''),
  publicNote: z.string().trim().max(300, '公开的修改原因不能超过 300 个字符').default(''),
});

export type ChangeNotes = z.infer<typeof changeNotesSchema>;
