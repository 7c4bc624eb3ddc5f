'use client';
// A source document's provenance fields, shared by the import form and the form that edits them
// through review. What the document does not state stays empty and shows as 未注明 to readers;
// an estimated date needs its reason.
import type { FieldErrors } from '@/lib/records/field-errors';
import { sourceKindLabel } from '@/lib/labels';
import type { SourceMetadata } from '@/lib/sources/schema';
import { EnumField, TextField } from './text-field';

type Props = {
  values: SourceMetadata;
  /** Sets one field; every field is text, the kind one of its enum's values. */
  set: (key: keyof SourceMetadata, value: string) => void;
  errors: FieldErrors;
};

export function SourceMetadataFields({ values, set, errors }: Props) {
  const text = (key: Exclude<keyof SourceMetadata, 'kind'>) => ({
    path: key,
    value: values[key],
    onChange: (value: string) => set(key, value),
    errors,
  });
  return (
    <>
      <TextField label="标题" {...text('title')} />
      <div className="record-form__row">
        <TextField label="网址标识" {...text('slug')} hint="例如 jiangbei-2024-report" />
        <EnumField label="类型" value={values.kind} labels={sourceKindLabel} onChange={(v) => set('kind', v)} />
        <TextField label="语言" {...text('language')} hint="如 zh-CN" />
      </div>
      <div className="record-form__row">
        <TextField label="作者（可选）" {...text('byline')} hint="多位作者用空格分开，照原文" />
        <TextField label="发布机构（可选）" {...text('publisher')} hint="原文未写明则留空" />
        <TextField label="原文网址（可选）" {...text('originalUrl')} placeholder="https://…" />
      </div>
      <fieldset className="record-form__group">
        <legend>日期</legend>
        <div className="record-form__row">
          <TextField
            label="文件所载发布日期（可选）"
            {...text('statedDate')}
            placeholder="2023-06-07、2023-06 或 2023"
            hint="仅填原文或其网页写明的日期"
          />
          <TextField
            label="估计成文日期（可选）"
            {...text('estimatedDate')}
            placeholder="2021、2021-04"
            hint="原文未写明时由编辑估计，用于解读“去年”等"
          />
          <TextField label="获取日期（可选）" {...text('retrievedOn')} placeholder="2024-03-15" hint="网页的抓取日" />
        </div>
        <TextField
          label="日期说明"
          {...text('datingNote')}
          rows={2}
          hint="文件未写明日期时，说明推断依据（填写估计日期时必填）"
        />
      </fieldset>
      <TextField label="版权说明（可选）" {...text('rightsNote')} rows={2} />
    </>
  );
}
