// Small pieces every record form uses: the form-level message, the change's notes, the action row.
import Link from 'next/link';
import type { ChangeNotes } from '@/lib/changes/notes-schema';
import type { FieldErrors } from '@/lib/records/field-errors';
import { TextField } from './text-field';
import type { FormMessage, FormTarget } from './use-record-form';

export function FormMessageBox({ message }: { message: FormMessage }) {
  if (!message) return null;
  return (
    <p className={message.kind === 'conflict' ? 'form__conflict' : 'form__error'} role="alert">
      {message.text}
    </p>
  );
}

export type ChangeNotesState = { value: ChangeNotes; set: (key: keyof ChangeNotes, value: string) => void };

/** The change's two notes, kept apart: one for reviewers, one published as the reason in the history. */
function ChangeNotesFields({ notes, errors }: { notes: ChangeNotesState; errors: FieldErrors }) {
  return (
    <fieldset className="record-form__group">
      <legend>修改说明</legend>
      <div className="record-form__row">
        <TextField
          label="修改原因（公开）"
          path="notes.publicNote"
          value={notes.value.publicNote}
          onChange={(v) => notes.set('publicNote', v)}
          errors={errors}
          rows={2}
          hint="发布后显示在记录的公开修改历史中，例如“更正2021年数值”。"
        />
        <TextField
          label="给审核人的说明（不公开）"
          path="notes.editorNote"
          value={notes.value.editorNote}
          onChange={(v) => notes.set('editorNote', v)}
          errors={errors}
          rows={2}
          hint="只有编辑和审核人能看到。"
        />
      </div>
    </fieldset>
  );
}

export function FormActions({
  saving,
  target,
  listHref,
  notes,
  errors,
}: {
  saving: boolean;
  target: FormTarget;
  listHref: string;
  notes: ChangeNotesState;
  errors: FieldErrors;
}) {
  return (
    <>
      <ChangeNotesFields notes={notes} errors={errors} />
      <div className="record-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? '正在保存…' : '保存草稿'}
        </button>
        <Link href={target.kind === 'change' ? `/admin/changes/${target.changeId}` : listHref}>取消</Link>
      </div>
    </>
  );
}
