'use client';
// Import a new source document: its stated metadata and its full text.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { importSourceAction } from '@/lib/actions/sources';
import { fieldErrorsOf, type FieldErrors } from '@/lib/records/field-errors';
import { emptySourceMetadata, newSourceSchema, type SourceMetadata } from '@/lib/sources/schema';
import { SourceMetadataFields } from './source-metadata-fields';
import { TextUpload, type UploadedOriginal } from './text-upload';
import { usePending } from './use-pending';

type NewSourceValues = SourceMetadata & { fileName: string; text: string; original?: UploadedOriginal };

/**
 * What an original says of itself fills the fields still empty: a web page's title, site and
 * author, else the file's name as a working title. The editor checks them before importing.
 */
function pageDetails(original: UploadedOriginal | undefined, current: NewSourceValues): Partial<NewSourceValues> {
  if (!original) return {};
  const fallbackTitle = original.fileName.replace(/\.[^.]+$/, '');
  if (!/\.html?$/i.test(original.fileName)) return { title: current.title || fallbackTitle };
  const bytes = Uint8Array.from(atob(original.data), (c) => c.charCodeAt(0));
  const page = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'text/html');
  const meta = (key: string) =>
    page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() ?? '';
  return {
    title: current.title || meta('og:title') || page.title.trim() || fallbackTitle,
    publisher: current.publisher || meta('og:site_name'),
    byline: current.byline || meta('author'),
  };
}

export function SourceImportForm() {
  const router = useRouter();
  const [values, setValues] = useState<NewSourceValues>({ ...emptySourceMetadata, fileName: '', text: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const { pending, whilePending } = usePending();
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
        const result = await whilePending(() => importSourceAction(parsed.data));
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
        onOriginal={(original) => setValues((current) => ({ ...current, ...pageDetails(original, current), original }))}
        errors={errors}
      />
      <button type="submit" disabled={pending}>
        {pending ? '正在导入…' : '导入'}
      </button>
    </form>
  );
}
