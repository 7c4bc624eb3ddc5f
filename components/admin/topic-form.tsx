'use client';
// The topic form.
import { topicDraftSchema, type TopicDraft } from '@/lib/records/topic/schema';
import { FormActions, FormMessageBox } from './form-parts';
import { TextField } from './text-field';
import { useRecordForm, type FormTarget } from './use-record-form';

const empty: TopicDraft = { slug: '', nameZh: '', nameEn: '', description: '', sortOrder: 0 };

export function TopicForm({ initial, target }: { initial: TopicDraft | null; target: FormTarget }) {
  const { draft, set, errors, message, saving, onSubmit, changeNotes } = useRecordForm({
    recordType: 'TOPIC',
    schema: topicDraftSchema,
    initial: initial ?? empty,
    target,
  });
  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate>
      <FormMessageBox message={message} />
      <div className="record-form__row">
        <TextField
          label="中文名称"
          path="nameZh"
          value={draft.nameZh}
          onChange={(v) => set('nameZh', v)}
          errors={errors}
        />
        <TextField
          label="英文名称"
          path="nameEn"
          value={draft.nameEn}
          onChange={(v) => set('nameEn', v)}
          errors={errors}
        />
      </div>
      <div className="record-form__row">
        <TextField
          label="网址标识"
          path="slug"
          value={draft.slug}
          onChange={(v) => set('slug', v)}
          errors={errors}
          hint="例如 economy"
        />
        <TextField
          label="排序"
          path="sortOrder"
          inputMode="numeric"
          value={String(draft.sortOrder)}
          onChange={(v) => set('sortOrder', v.trim() === '' ? 0 : Number(v))}
          errors={errors}
          hint="数字小的排在前面"
        />
      </div>
      <TextField
        label="简介（可选）"
        path="description"
        rows={3}
        value={draft.description}
        onChange={(v) => set('description', v)}
        errors={errors}
      />
      <FormActions saving={saving} target={target} listHref="/admin/topics" notes={changeNotes} errors={errors} />
    </form>
  );
}
