'use client';
// A document's text: from an original (a PDF or a saved web page, whose text the server extracts
// and which is kept with it), from a .txt file (read as UTF-8 in the browser), or pasted. Invalid
// UTF-8 is refused rather than silently repaired, since the text is stored byte for byte.
import { useState } from 'react';
import type { FieldErrors } from '@/lib/records/field-errors';
import { formatBytesZh } from '@/lib/sources/original-labels';
import { FieldError, fieldProps } from './field-error';

export type UploadedOriginal = { fileName: string; data: string };

type Props = {
  text: string;
  onText: (text: string, fileName: string) => void;
  original: UploadedOriginal | undefined;
  onOriginal: (original: UploadedOriginal | undefined) => void;
  errors: FieldErrors;
};

const isOriginal = (name: string) => /\.(pdf|html?)$/i.test(name);

/** The file's bytes as base64, without the data: URL prefix. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function TextUpload({ text, onText, original, onOriginal, errors }: Props) {
  const [fileError, setFileError] = useState<string | null>(null);
  const [size, setSize] = useState(0);
  return (
    <>
      <label className="form__field">
        <span>上传原件或文本文件（.pdf、.html、.txt）</span>
        <input
          type="file"
          accept=".pdf,application/pdf,.html,.htm,text/html,.txt,text/plain"
          {...fieldProps(errors, 'original')}
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            setFileError(null);
            if (isOriginal(file.name)) {
              if (file.size > 20 * 1024 * 1024) return setFileError('文件超过 20 MB。');
              setSize(file.size);
              onOriginal({ fileName: file.name, data: await readBase64(file) });
              onText('', file.name);
              return;
            }
            try {
              const decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
                await file.arrayBuffer(),
              );
              onOriginal(undefined);
              onText(decoded, file.name);
            } catch {
              setFileError('这个文件不是 UTF-8 编码的文本，请另存为 UTF-8 后再上传。');
            }
          }}
        />
        <small className="muted">PDF 和网页原件会原样保存，全文由服务器提取（扫描件需先做文字识别）。</small>
        {fileError && (
          <span className="field-error" role="alert">
            {fileError}
          </span>
        )}
        <FieldError errors={errors} path="original" />
      </label>
      {original ? (
        <p className="notice" role="status">
          将保存原件《{original.fileName}》（{formatBytesZh(size)}）并从中提取全文。{' '}
          <button type="button" className="button" onClick={() => onOriginal(undefined)}>
            改为粘贴文本
          </button>
        </p>
      ) : (
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
      )}
    </>
  );
}
