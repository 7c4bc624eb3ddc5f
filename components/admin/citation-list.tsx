'use client';
// The citations that support one value (or a whole record), with a picker to add more.
import { useState } from 'react';
import { citedFieldLabel, isCitedField, type CitedField } from '@/lib/citations/cited-fields';
import type { FieldErrors } from '@/lib/records/field-errors';
import type { CitationInput } from '@/lib/records/fields';
import { CitationPicker, type SourceChoice } from './citation-picker';
import { FieldError } from './field-error';

/** Null ("the whole fact") is stored as an absent key, as a citation that was never assigned. */
function withField({ field: _old, ...citation }: CitationInput, field: CitedField | null): CitationInput {
  return field ? { ...citation, field } : citation;
}

function CitedFieldSelect({
  id,
  value,
  choices,
  errors,
  onChange,
}: {
  id: string;
  value: CitedField | null;
  choices: CitedField[];
  errors: FieldErrors;
  onChange: (field: CitedField | null) => void;
}) {
  return (
    <span className="citations__field">
      <label htmlFor={id}>支持</label>{' '}
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(isCitedField(event.target.value) ? event.target.value : null)}
      >
        <option value="">整条（按引文内容放置）</option>
        {choices.map((field) => (
          <option key={field} value={field}>
            {citedFieldLabel[field]}
          </option>
        ))}
      </select>
      <FieldError errors={errors} path={id} />
    </span>
  );
}

type Props = {
  path: string;
  citations: CitationInput[];
  onChange: (citations: CitationInput[]) => void;
  sources: SourceChoice[];
  errors: FieldErrors;
  value?: string;
  unit?: string;
  /** An observation's figures a quote may be assigned to; the reader's marker then sits beside it. */
  fieldChoices?: CitedField[];
};

export function CitationList({ path, citations, onChange, sources, errors, value, unit, fieldChoices }: Props) {
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
              {fieldChoices && fieldChoices.length > 1 && (
                <CitedFieldSelect
                  id={`${listPath}.${index}.field`}
                  value={citation.field ?? null}
                  choices={fieldChoices}
                  errors={errors}
                  onChange={(field) => onChange(citations.map((c, i) => (i === index ? withField(c, field) : c)))}
                />
              )}
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
