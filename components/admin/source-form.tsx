'use client';
// A source document's provenance, edited as a change and reviewed like any record. Its text is not
// edited here: a corrected text is imported as a new version (the change keeps the version it names).
import { sourceRecordSchema, type SourceRecord } from '@/lib/sources/schema';
import { FormActions, FormMessageBox } from './form-parts';
import { SourceMetadataFields } from './source-metadata-fields';
import { useRecordForm, type FormTarget } from './use-record-form';

export function SourceForm({ initial, target }: { initial: SourceRecord; target: FormTarget }) {
  const { draft, set, errors, message, saving, onSubmit, changeNotes } = useRecordForm({
    recordType: 'SOURCE_DOCUMENT',
    schema: sourceRecordSchema,
    initial,
    target,
  });
  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate>
      <FormMessageBox message={message} />
      <p className="muted">文本：第 {draft.versionNumber} 版（如需更正文本，请在原始文件页导入新版本）。</p>
      <SourceMetadataFields values={draft} set={(key, value) => set(key, value as never)} errors={errors} />
      <FormActions saving={saving} target={target} listHref="/admin/sources" notes={changeNotes} errors={errors} />
    </form>
  );
}
