'use client';
// A document's text, from a .txt file (read as UTF-8 in the browser) or pasted. Invalid UTF-8 is
// refused rather than silently repaired, since the text is stored byte for byte.
import { useState } from 'react';
import type { FieldErrors } from '@/lib/records/field-errors';
import { FieldError, fieldProps } from './field-error';

type Props = {
  text: string;
  onText: (text: string, fileName: string) => void;
  errors: FieldErrors;
};

export function TextUpload({ text, onText, errors }: Props) {
  const [fileError, setFileError] = useState<string | null>(null);
  return (
    <>
      <label className="form__field">
        <span>上传文本文件（.txt，UTF-8）</span>
        <input
          type="file"
          accept=".txt,text/plain"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            try {
              const decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
                await file.arrayBuffer(),
              );
              setFileError(null);
              onText(decoded, file.name);
            } catch {
              setFileError('这个文件不是 UTF-8 编码的文本，请另存为 UTF-8 后再上传。');
            }
          }}
        />
        {fileError && (
          <span className="field-error" role="alert">
            {fileError}
          </span>
        )}
      </label>
      <label className="form__field">
        <span>或粘贴原文</span>
        <textarea
          rows={12}
          value={text}
          onChange={(event) => onText(event.target.value, '')}
          {...fieldProps(errors, 'text')}
        />
        <small className="muted">{[...text].length.toLocaleString('zh-CN')} 字</small>
        <FieldError errors={errors} path="text" />
      </label>
    </>
  );
}
