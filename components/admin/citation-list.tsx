'use client';
// The citations that support one value (or a whole record), with a picker to add more.
import { useState } from 'react';
import type { FieldErrors } from '@/lib/records/field-errors';
import type { CitationInput } from '@/lib/records/fields';
import { CitationPicker, type SourceChoice } from './citation-picker';
import { FieldError } from './field-error';

type Props = {
  path: string;
  citations: CitationInput[];
  onChange: (citations: CitationInput[]) => void;
  sources: SourceChoice[];
  errors: FieldErrors;
  value?: string;
  unit?: string;
};

export function CitationList({ path, citations, onChange, sources, errors, value, unit }: Props) {
  const [picking, setPicking] = useState(false);
  const listPath = path === '' ? 'citations' : `${path}.citations`;
  const titleOf = (versionId: string) => sources.find((s) => s.versionId === versionId)?.title ?? '该文件的较早版本';
  return (
    <div className="citations">
      <div className="citations__head">
        <span className="citations__label">引文</span>
        <button type="button" className="button button--small" onClick={() => setPicking(true)}>
          ＋ 选择引文
        </button>
      </div>
      <FieldError errors={errors} path={listPath} />
      {citations.length === 0 ? (
        <p className="muted">还没有引文：每个数值至少需要一条经核验的引文。</p>
      ) : (
        <ol className="citations__list">
          {citations.map((citation, index) => (
            <li key={`${citation.sourceVersionId}:${citation.start}:${citation.end}`} className="citations__item">
              <q>{citation.exact}</q>
              <span className="muted">
                {' '}
                —— {titleOf(citation.sourceVersionId)}，第 {citation.start + 1}–{citation.end} 字
              </span>
              <FieldError errors={errors} path={`${listPath}.${index}.exact`} />
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => onChange(citations.filter((_, i) => i !== index))}
                aria-label={`删除引文 ${index + 1}`}
              >
                删除
              </button>
            </li>
          ))}
        </ol>
      )}
      {picking && (
        <CitationPicker
          sources={sources}
          value={value}
          unit={unit}
          onPick={(citation) => onChange([...citations, citation])}
          onClose={() => setPicking(false)}
        />
      )}
    </div>
  );
}
