'use client';
// Import a corrected text as a new version; shows how many citations moved and which could not.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { importVersionAction } from '@/lib/actions/sources';
import type { FieldErrors } from '@/lib/records/field-errors';
import type { Orphan } from '@/lib/sources/import-sources';
import { TextField } from './text-field';
import { TextUpload, type UploadedOriginal } from './text-upload';
import { usePending } from './use-pending';

type Outcome = { number: number; moved: number; orphans: Orphan[]; changeIds: string[]; sourceChangeId: string };

export function SourceVersionForm({ documentId }: { documentId: string }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const [original, setOriginal] = useState<UploadedOriginal | undefined>(undefined);
  const [fileName, setFileName] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { pending, whilePending } = usePending();

  return (
    <form
      className="form record-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!window.confirm('导入为新版本？受影响的记录会各生成一项待提交的修改。')) return;
        setMessage(null);
        const result = await whilePending(() => importVersionAction({ documentId, text, fileName, note, original }));
        if (!result.ok) {
          setErrors(result.fieldErrors);
          setMessage(result.message);
          return;
        }
        setErrors({});
        setOutcome(result.value);
        setText('');
        setOriginal(undefined);
        router.refresh();
      }}
    >
      {message && (
        <p className="form__error" role="alert">
          {message}
        </p>
      )}
      {outcome && (
        <div className="notice" role="status">
          <p>
            已导入第 {outcome.number} 版：{outcome.moved} 条引文已重新定位，生成 {outcome.changeIds.length} 项修改（见
            <Link href="/admin/changes">我的修改</Link>，提交审核后生效）。
          </p>
          <p>
            新文本本身也须审核：请提交
            <Link href={`/admin/changes/${outcome.sourceChangeId}`}>第 {outcome.number} 版文本的修改</Link>
            ，它获批之前，引文迁移的修改不能批准。
          </p>
          {outcome.orphans.length > 0 && (
            <>
              <p>以下 {outcome.orphans.length} 条引文在新文本中找不到，请打开对应修改重新选择：</p>
              <ul>
                {outcome.orphans.map((orphan) => (
                  <li key={`${orphan.changeId}:${orphan.quote}`}>
                    <Link href={`/admin/changes/${orphan.changeId}`}>{orphan.recordTitle}</Link>：<q>{orphan.quote}</q>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <TextUpload
        text={text}
        onText={(value, name) => {
          setText(value);
          if (name) setFileName(name);
        }}
        original={original}
        onOriginal={setOriginal}
        errors={errors}
      />
      <TextField label="修订说明（可选）" path="note" value={note} onChange={setNote} errors={errors} />
      <button type="submit" disabled={pending || text.trim() === ''}>
        {pending ? '正在导入并重新定位引文…' : '导入为新版本'}
      </button>
    </form>
  );
}
