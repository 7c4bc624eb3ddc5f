import 'server-only';
// Editing one fact of a record (add, correct or withdraw one observation, measure, milestone or
// party) without opening the whole record: the change holds the record as it is published with
// just that fact changed, so its diff, review and history show exactly one fact.
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { parseInput, type FieldErrors } from '@/lib/records/field-errors';
import { listFacts, withoutDiscrepancyReferences } from '@/lib/records/facts';
import { recordKind } from '@/lib/records/kinds';
import type { Actor } from '@/lib/auth/actor-type';
import { saveChange } from './changes';
import { factChangeInputSchema, type FactChangeInput } from './inputs';

/** Field errors of the whole record, as the one-fact form names its fields (value, not observations.3.value). */
function forTheFact(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [
      path.startsWith(prefix) ? path.slice(prefix.length) : path,
      message,
    ]),
  );
}

export async function saveFactChange(db: Db, actor: Actor | null, raw: FactChangeInput) {
  const input = parseInput(factChangeInputSchema, raw);
  const kind = recordKind(input.recordType);
  const current = await db.$transaction((tx) => kind.load(tx, input.recordId));
  if (!current) throw new AppError('NOT_FOUND', `找不到这条${kind.label}。`);
  const data = current.data as Record<string, unknown>;
  const list = data[input.list];
  if (!Array.isArray(list)) throw new AppError('VALIDATION', `${kind.label}没有这一类内容。`);
  const withdraw = input.fact === null;
  if (withdraw && input.factId === null) throw new AppError('VALIDATION', '没有要撤回的内容。');
  if (!withdraw && (typeof input.fact !== 'object' || Array.isArray(input.fact))) {
    throw new AppError('VALIDATION', '请修正标出的字段。');
  }
  const notes = (input.notes ?? {}) as { publicNote?: unknown };
  if (withdraw && (typeof notes.publicNote !== 'string' || notes.publicNote.trim() === '')) {
    throw new AppError('VALIDATION', '撤回时请说明原因：读者会在原来的位置看到它。', {
      fieldErrors: { 'notes.publicNote': '请填写公开的撤回原因' },
    });
  }

  const index =
    input.factId === null ? list.length : list.findIndex((item) => (item as { id?: string }).id === input.factId);
  if (index < 0) throw new AppError('CONFLICT', '这一项已不在公开版本中：可能刚被其他人修改或撤回，请刷新页面。');
  const fact = { ...(input.fact as object), ...(input.factId ? { id: input.factId } : {}) };
  const next = withdraw
    ? list.filter((_, i) => i !== index)
    : input.factId === null
      ? [...list, fact]
      : list.map((item, i) => (i === index ? fact : item));

  // A withdrawn value leaves the discrepancies that named it (or its quotes); the diff shows it.
  const withdrawn = withdraw ? new Set(listFacts({ [input.list]: [list[index]] }).map((f) => f.id)) : new Set<string>();
  try {
    return await saveChange(db, actor, {
      recordType: input.recordType,
      recordId: input.recordId,
      baseVersion: input.baseVersion,
      changeId: null,
      changeVersion: null,
      data: withoutDiscrepancyReferences({ ...data, [input.list]: next }, withdrawn),
      notes: input.notes,
    });
  } catch (error) {
    if (!(error instanceof AppError) || !error.details.fieldErrors) throw error;
    const prefix = `${input.list}.${index}.`;
    const errors = error.details.fieldErrors as FieldErrors;
    // An error elsewhere in the record has no field on this form: its message joins the form's.
    const elsewhere = Object.entries(errors).flatMap(([path, message]) =>
      path.startsWith(prefix) || path.startsWith('notes.') ? [] : [message],
    );
    throw new AppError(error.code, [error.message, ...elsewhere].join(' '), {
      ...error.details,
      fieldErrors: forTheFact(errors, prefix),
    });
  }
}
