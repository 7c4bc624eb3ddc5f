'use client';
// Import a new source document: its stated metadata and its full text.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { importSourceAction } from '@/app/(admin)/admin/sources/actions';
import type { SourceKind } from '@/lib/generated/prisma/enums';
import { sourceKindLabel } from '@/lib/labels';
import { fieldErrorsOf, type FieldErrors } from '@/lib/records/field-errors';
import { newSourceSchema } from '@/lib/sources/schema';
import { EnumField, TextField } from './text-field';
import { TextUpload } from './text-upload';

export function SourceImportForm() {
  const router = useRouter();
  const [values, setValues] = useState({
    slug: '',
    title: '',
    kind: 'NEWS_ARTICLE' as SourceKind,
    byline: '',
    publisher: '',
    originalUrl: '',
    statedDate: '',
    datingNote: '',
    fileName: '',
    text: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = (key: keyof typeof values) => (value: string) => setValues({ ...values, [key]: value });

  return (
    <form
      className="form record-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setMessage(null);
        const parsed = newSourceSchema.safeParse(values);
        if (!parsed.success) {
          setErrors(fieldErrorsOf(parsed.error));
          setMessage('请修正标出的字段。');
          return;
        }
        setPending(true);
        const result = await importSourceAction(parsed.data);
        setPending(false);
        if (result.ok) {
          router.push(`/admin/sources/${result.value.documentId}`);
          return;
        }
        setErrors(result.fieldErrors);
        setMessage(result.message);
      }}
    >
      {message && (
        <p className="form__error" role="alert">
          {message}
        </p>
      )}
      <TextField label="标题" path="title" value={values.title} onChange={set('title')} errors={errors} />
      <div className="record-form__row">
        <TextField
          label="网址标识"
          path="slug"
          value={values.slug}
          onChange={set('slug')}
          errors={errors}
          hint="例如 jiangbei-2024-report"
        />
        <EnumField label="类型" value={values.kind} labels={sourceKindLabel} onChange={(v) => set('kind')(v)} />
        <TextField
          label="文件所载日期（可选）"
          path="statedDate"
          value={values.statedDate}
          onChange={set('statedDate')}
          errors={errors}
          placeholder="2023-06-07、2023-06 或 2023"
        />
      </div>
      <div className="record-form__row">
        <TextField label="作者（可选）" path="byline" value={values.byline} onChange={set('byline')} errors={errors} />
        <TextField
          label="发布机构（可选）"
          path="publisher"
          value={values.publisher}
          onChange={set('publisher')}
          errors={errors}
        />
        <TextField
          label="原文网址（可选）"
          path="originalUrl"
          value={values.originalUrl}
          onChange={set('originalUrl')}
          errors={errors}
        />
      </div>
      <TextField
        label="日期说明（可选）"
        path="datingNote"
        value={values.datingNote}
        onChange={set('datingNote')}
        errors={errors}
        hint="文件未写明日期时，说明推断依据"
      />
      <TextUpload
        text={values.text}
        onText={(text, fileName) => setValues({ ...values, text, fileName: fileName || values.fileName })}
        errors={errors}
      />
      <button type="submit" disabled={pending}>
        {pending ? '正在导入…' : '导入'}
      </button>
    </form>
  );
}
