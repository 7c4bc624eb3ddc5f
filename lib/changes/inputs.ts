// What the workflow's actions take, as zod schemas: parsed by defineAction for every request and
// again at the top of each data-layer function, so scripts and tests calling it directly are held
// to the same shape. The record itself (`data`, `fact`) and the notes are parsed later with the
// record kind's own form schema.
import { z } from 'zod';
import { RecordType, ReviewOutcome } from '@/lib/generated/prisma/enums';
import { idSchema } from '@/lib/ids/uuid';

const version = z.int().nonnegative();
const recordType = z.enum(RecordType);

export const saveChangeInputSchema = z.strictObject({
  recordType,
  /** The record being edited; null for a new record. */
  recordId: idSchema.nullable(),
  /** For a new change: the record version the form was opened on (null for a new record). */
  baseVersion: version.nullable(),
  /** For an existing change: its id and the change version the form was opened on. */
  changeId: idSchema.nullable(),
  changeVersion: version.nullable(),
  data: z.unknown(),
  /** The editor's notes on the change (changeNotesSchema); absent keeps none. */
  notes: z.unknown().optional(),
});
export type SaveChangeInput = z.input<typeof saveChangeInputSchema>;

export const FACT_LISTS = ['observations', 'milestones', 'measures', 'parties'] as const;
export type FactList = (typeof FACT_LISTS)[number];

export const factChangeInputSchema = z.strictObject({
  recordType,
  recordId: idSchema,
  /** The record version the form was opened on: a publish since then is reported, not overwritten. */
  baseVersion: version,
  list: z.enum(FACT_LISTS, '不能单独修改这一项。'),
  /** The fact being corrected or withdrawn; null for a new fact. */
  factId: idSchema.nullable(),
  /** The fact's fields as its form has them; null withdraws the fact. */
  fact: z.unknown(),
  notes: z.unknown().optional(),
});
export type FactChangeInput = z.input<typeof factChangeInputSchema>;

/** A change as the page showed it: submit, discard and rebase refuse a newer version. */
export const changeRefSchema = z.strictObject({ changeId: idSchema, changeVersion: version });
export type ChangeRef = z.input<typeof changeRefSchema>;

export const decideInputSchema = z.strictObject({
  changeId: idSchema,
  outcome: z.enum(ReviewOutcome),
  comment: z.string().trim().max(4000, '审核意见最多 4000 字'),
  /** The content hash of what the reviewer was shown. */
  contentHash: z.string().max(128),
});
export type DecideInput = z.input<typeof decideInputSchema>;

export const commentInputSchema = z.strictObject({
  changeId: idSchema,
  body: z.string().trim(),
  fieldPath: z.string().trim().nullish(),
});
export type CommentInput = z.input<typeof commentInputSchema>;

export const restoreInputSchema = z.strictObject({
  recordType,
  recordId: idSchema,
  version: z.int().positive(),
});
export type RestoreInput = z.input<typeof restoreInputSchema>;

export const deletionInputSchema = z.strictObject({
  recordType,
  recordId: idSchema,
  baseVersion: version,
  restore: z.boolean(),
});
export type DeletionInput = z.input<typeof deletionInputSchema>;
