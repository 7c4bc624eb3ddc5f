// Small pieces every record form uses: enum options, the form-level message, the action row.
import Link from 'next/link';
import type { FormMessage, FormTarget } from './use-record-form';

export function enumOptions<T extends string>(labels: Record<T, string>) {
  return (Object.keys(labels) as T[]).map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));
}

export function FormMessageBox({ message }: { message: FormMessage }) {
  if (!message) return null;
  return (
    <p className={message.kind === 'conflict' ? 'form__conflict' : 'form__error'} role="alert">
      {message.text}
    </p>
  );
}

export function FormActions({ saving, target, listHref }: { saving: boolean; target: FormTarget; listHref: string }) {
  return (
    <div className="record-form__actions">
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? '正在保存…' : '保存草稿'}
      </button>
      <Link href={target.kind === 'change' ? `/admin/changes/${target.changeId}` : listHref}>取消</Link>
    </div>
  );
}
