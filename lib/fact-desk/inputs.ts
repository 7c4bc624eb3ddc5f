// What the fact desk's actions and links take, as zod schemas shared by the pages, the client
// panel and the data layer.
import { z } from 'zod';
import { idSchema } from '@/lib/ids/uuid';

export const DESK_FILTERS = ['open', 'all', 'numbers', 'names', 'awaiting'] as const;
export type DeskFilter = (typeof DESK_FILTERS)[number];
export const deskFilterLabel: Record<DeskFilter, string> = {
  open: '待处理',
  all: '全部',
  numbers: '含数字',
  names: '含名称',
  awaiting: '搁置待确认',
};

export const parseDeskFilter = (value: unknown): DeskFilter =>
  DESK_FILTERS.includes(value as DeskFilter) ? (value as DeskFilter) : 'open';

/** A quote of a source version by code point offsets: `from=<versionId>:<start>-<end>` in links. */
export const quoteRefSchema = z
  .strictObject({ versionId: idSchema, start: z.int().nonnegative(), end: z.int().positive() })
  .refine((ref) => ref.start < ref.end, '引文为空');
export type QuoteRef = z.infer<typeof quoteRefSchema>;

export function formatQuoteRef(ref: QuoteRef): string {
  return `${ref.versionId}:${ref.start}-${ref.end}`;
}

export function parseQuoteRef(value: unknown): QuoteRef | null {
  const match = typeof value === 'string' ? /^([0-9a-f-]{36}):(\d{1,9})-(\d{1,9})$/u.exec(value) : null;
  if (!match) return null;
  const parsed = quoteRefSchema.safeParse({ versionId: match[1], start: Number(match[2]), end: Number(match[3]) });
  return parsed.success ? parsed.data : null;
}

export const setAsideInputSchema = z.strictObject({
  quote: quoteRefSchema,
  reason: z.string().trim().min(4, '请写明搁置理由（至少 4 个字）').max(300, '理由不能超过 300 个字'),
});
export type SetAsideInput = z.input<typeof setAsideInputSchema>;

export const decideSetAsideInputSchema = z.strictObject({ id: idSchema, confirm: z.boolean() });
export type DecideSetAsideInput = z.input<typeof decideSetAsideInputSchema>;

export const NAME_DRAFT_TYPES = ['ORGANISATION', 'PROJECT'] as const;
export const namesToDraftsInputSchema = z.strictObject({
  quote: quoteRefSchema,
  recordType: z.enum(NAME_DRAFT_TYPES),
  names: z.array(z.string().trim().min(2, '名称过短').max(120)).min(1, '请至少选择一个名称').max(30),
  /** A project's topic; the form asks for it because a project needs one. */
  topicId: idSchema.nullable(),
  submit: z.boolean(),
});
export type NamesToDraftsInput = z.input<typeof namesToDraftsInputSchema>;
