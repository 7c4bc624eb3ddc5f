'use client';
// State shared by every record form: the draft, instant validation with the server's own schema,
// saving a change through the server action, and messages that never lose what was typed.
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { saveChangeAction } from '@/lib/actions/changes';
import type { RecordType } from '@/lib/generated/prisma/enums';
import type { ActionResult } from '@/lib/changes/action-result';
import type { ChangeNotes } from '@/lib/changes/notes-schema';
import { fieldErrorsOf, type FieldErrors } from '@/lib/records/field-errors';

/** Where a form came from: nothing (a new record), a published record, or an existing change. */
export type FormTarget =
  | { kind: 'new' }
  | { kind: 'record'; recordId: string; baseVersion: number }
  | { kind: 'change'; changeId: string; changeVersion: number; recordId: string | null; notes: ChangeNotes };

export type FormMessage = { kind: 'error' | 'conflict'; text: string } | null;

export function useRecordForm<T extends object>(options: {
  recordType: RecordType;
  schema: z.ZodType<T, unknown>;
  initial: T;
  target: FormTarget;
  /** How the form saves; by default as a change of the whole record. */
  save?: (draft: T, notes: ChangeNotes) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<T>(options.initial);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<FormMessage>(null);
  const [saving, setSaving] = useState(false);
  const [notes, setNotes] = useState<ChangeNotes>(
    options.target.kind === 'change' ? options.target.notes : { editorNote: '', publicNote: '' },
  );

  const clientErrors = useMemo(() => {
    const parsed = options.schema.safeParse(draft);
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  }, [draft, options.schema]);
  const errors: FieldErrors = attempted ? { ...serverErrors, ...clientErrors } : serverErrors;

  /** Sets one top-level field and forgets the server's errors under it. */
  const set = <K extends keyof T>(key: K, value: T[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setServerErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith(String(key)))),
    );
  };

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setMessage(null);
    if (Object.keys(clientErrors).length > 0) {
      setMessage({ kind: 'error', text: '请修正标出的字段。' });
      return;
    }
    const { target } = options;
    setSaving(true);
    const result = await (
      options.save
        ? options.save(draft, notes)
        : saveChangeAction({
            recordType: options.recordType,
            recordId: target.kind === 'new' ? null : target.recordId,
            baseVersion: target.kind === 'record' ? target.baseVersion : null,
            changeId: target.kind === 'change' ? target.changeId : null,
            changeVersion: target.kind === 'change' ? target.changeVersion : null,
            data: draft,
            notes,
          })
    ).finally(() => setSaving(false));
    if (result.ok) {
      router.push(`/admin/changes/${result.value.id}`);
      return;
    }
    setServerErrors(result.fieldErrors);
    setMessage({ kind: result.code === 'CONFLICT' ? 'conflict' : 'error', text: result.message });
  }

  const changeNotes = {
    value: notes,
    set: (key: keyof ChangeNotes, value: string) => {
      setNotes((current) => ({ ...current, [key]: value }));
      setServerErrors((current) =>
        Object.fromEntries(Object.entries(current).filter(([path]) => path !== `notes.${key}`)),
      );
    },
  };

  return { draft, set, errors, message, saving, onSubmit, changeNotes };
}
