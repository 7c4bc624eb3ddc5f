'use client';
// Import a new source document: its stated metadata and its full text.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { importSourceAction } from '@/app/(admin)/admin/sources/actions';
import { fieldErrorsOf, type FieldErrors } from '@/lib/records/field-errors';
import { emptySourceMetadata, newSourceSchema, type SourceMetadata } from '@/lib/sources/schema';
import { SourceMetadataFields } from './source-metadata-fields';
import { TextUpload, type UploadedOriginal } from './text-upload';

type NewSourceValues = SourceMetadata & { fileName: string; text: string; original?: UploadedOriginal };

export function SourceImportForm() {
  const router = useRouter();
  const [values, setValues] = useState<NewSourceValues>({ ...emptySourceMetadata, fileName: '', text: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof NewSourceValues>(key: K, value: NewSourceValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

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
      <SourceMetadataFields values={values} set={(key, value) => set(key, value as never)} errors={errors} />
      <TextUpload
        text={values.text}
        onText={(text, fileName) =>
          setValues((current) => ({ ...current, text, fileName: fileName || current.fileName }))
        }
        original={values.original}
        onOriginal={(original) => setValues((current) => ({ ...current, original }))}
        errors={errors}
      />
      <button type="submit" disabled={pending}>
        {pending ? '正在导入…' : '导入'}
      </button>
    </form>
  );
}
