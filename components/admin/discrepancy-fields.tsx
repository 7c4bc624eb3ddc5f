'use client';
// 来源分歧 in the project, agreement and organisation forms: what the documents disagree about,
// the editor's note and two or more statements, each one of the record's own saved citations or a
// verified citation of another record found by words of its quote. Validated by the record's schema.
import { useCallback, useEffect, useId, useState } from 'react';
import { describeCitationsAction, searchCitationsAction } from '@/lib/actions/citation-search';
import type { CitationOption } from '@/lib/admin/citation-search';
import { discrepancyAspectLabel } from '@/lib/labels';
import { listCitations } from '@/lib/records/citation-walk';
import {
  emptyDiscrepancy,
  emptyStatement,
  type DiscrepancyStatementInput,
  type RecordDiscrepancyInput,
} from '@/lib/records/discrepancy-schema';
import type { FieldErrors } from '@/lib/records/field-errors';
import { shorten } from '@/lib/records/record-diff';
import type { SourceChoice } from './citation-picker';
import { FieldError, fieldProps } from './field-error';
import { DiscrepancyList } from './discrepancy-list';
import { EnumField, TextField } from './text-field';

type Props = {
  /** The whole draft: its saved citations (record and facts) are the first choices. */
  draft: { recordDiscrepancies: RecordDiscrepancyInput[] };
  /** The form's setter (useRecordForm's `set`). */
  set: (key: 'recordDiscrepancies', value: RecordDiscrepancyInput[]) => void;
  errors: FieldErrors;
  sources: SourceChoice[];
};

const optionLabel = (option: CitationOption) => `“${shorten(option.exact, 24)}”（${option.source}）`;

export function DiscrepancyFields({ draft, set, errors, sources }: Props) {
  const discrepancies = draft.recordDiscrepancies;
  const onChange = (list: RecordDiscrepancyInput[]) => set('recordDiscrepancies', list);
  const titles = new Map(sources.map((s) => [s.versionId, s.title]));
  const citations = listCitations(draft);
  const own: CitationOption[] = citations.flatMap((c) =>
    c.id ? [{ id: c.id, exact: c.exact, source: titles.get(c.sourceVersionId) ?? '原始文件', record: '本记录' }] : [],
  );
  const unsaved = citations.length > own.length;
  const [others, setOthers] = useState<CitationOption[]>([]);
  const remember = useCallback(
    (found: CitationOption[]) =>
      setOthers((known) => [...known, ...found.filter((f) => !known.some((k) => k.id === f.id))]),
    [],
  );

  // Citations of other records the draft already names are described once, from the server.
  const named = discrepancies.flatMap((d) => d.statements.map((s) => s.citationId));
  const missing = named.filter((id) => id && !own.some((o) => o.id === id) && !others.some((o) => o.id === id));
  const missingKey = [...new Set(missing)].sort().join(',');
  useEffect(() => {
    if (missingKey === '') return;
    void describeCitationsAction(missingKey.split(',')).then((result) => {
      if (result.ok) remember(result.value);
    });
  }, [missingKey, remember]);

  return (
    <DiscrepancyList
      id="discrepancies"
      name="来源分歧"
      intro={
        <>
          文件对这条记录的进展、日期、名称等说法不一时，在此并列各文件的原文表述，并说明取舍；经审核后公开。
          {unsaved && ' 新添加的引文须先保存草稿，才能在这里选用。'}
        </>
      }
      items={discrepancies}
      onChange={onChange}
      create={emptyDiscrepancy}
      path="recordDiscrepancies"
      errors={errors}
      render={(discrepancy, path, update) => (
        <DiscrepancyItem
          discrepancy={discrepancy}
          path={path}
          onChange={update}
          errors={errors}
          own={own}
          others={others}
          onFound={remember}
        />
      )}
      actions={(discrepancy, update) => (
        <button
          type="button"
          className="button button--small"
          onClick={() => update({ statements: [...discrepancy.statements, emptyStatement()] })}
        >
          ＋ 添加表述
        </button>
      )}
    />
  );
}

type ItemProps = {
  discrepancy: RecordDiscrepancyInput;
  path: string;
  onChange: (patch: Partial<RecordDiscrepancyInput>) => void;
  errors: FieldErrors;
  own: CitationOption[];
  others: CitationOption[];
  onFound: (found: CitationOption[]) => void;
};

/** A discrepancy's aspect, note and statements. */
function DiscrepancyItem({ discrepancy, path, onChange, errors, own, others, onFound }: ItemProps) {
  const { statements } = discrepancy;
  const setStatement = (index: number, patch: Partial<DiscrepancyStatementInput>) =>
    onChange({ statements: statements.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
  const preferred = statements.some((s) => s.preferred);

  return (
    <>
      <div className="discrepancy-form__aspect">
        <EnumField
          label="分歧所涉方面"
          value={discrepancy.aspect}
          labels={discrepancyAspectLabel}
          onChange={(aspect) => onChange({ aspect })}
        />
      </div>
      <TextField
        label="说明"
        path={`${path}.note`}
        rows={3}
        value={discrepancy.note}
        onChange={(note) => onChange({ note })}
        errors={errors}
        hint={
          preferred
            ? '写明各文件为何说法不一，以及为何优先采用标出的那一条。'
            : '写明各文件为何说法不一；无从判断时说明均不作首选。'
        }
      />
      <ol className="discrepancy-form__statements">
        {statements.map((statement, index) => (
          <li key={statement.id ?? `new-${index}`} className="discrepancy-form__statement">
            <StatementFields
              statement={statement}
              path={`${path}.statements.${index}`}
              number={index + 1}
              onChange={(patch) => setStatement(index, patch)}
              onRemove={() => onChange({ statements: statements.filter((_, i) => i !== index) })}
              errors={errors}
              own={own}
              others={others}
              onFound={onFound}
            />
          </li>
        ))}
      </ol>
      <FieldError errors={errors} path={`${path}.statements`} />
    </>
  );
}

type StatementProps = Omit<ItemProps, 'discrepancy' | 'onChange'> & {
  number: number;
  statement: DiscrepancyStatementInput;
  onChange: (patch: Partial<DiscrepancyStatementInput>) => void;
  onRemove: () => void;
};

function StatementFields({
  statement,
  path,
  number,
  onChange,
  onRemove,
  errors,
  own,
  others,
  onFound,
}: StatementProps) {
  const [searching, setSearching] = useState(false);
  const chosen = [...own, ...others].find((o) => o.id === statement.citationId);
  const otherChoices = others.filter((o) => !own.some((c) => c.id === o.id));
  const citationPath = `${path}.citationId`;
  return (
    <div className="discrepancy-form__fields">
      <label className="form__field">
        <span>表述 {number} 的引文</span>
        <select
          value={statement.citationId}
          onChange={(event) => onChange({ citationId: event.target.value })}
          {...fieldProps(errors, citationPath)}
        >
          <option value="">请选择</option>
          {(
            [
              ['本记录的引文', own],
              ['其他记录的引文', otherChoices],
            ] as const
          )
            .filter(([, choices]) => choices.length > 0)
            .map(([label, choices]) => (
              <optgroup key={label} label={label}>
                {choices.map((o) => (
                  <option key={o.id} value={o.id}>
                    {optionLabel(o)}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
        <FieldError errors={errors} path={citationPath} />
      </label>
      {chosen && (
        <blockquote className="discrepancy-form__quote">
          “{chosen.exact}”
          <small>
            {chosen.source} · {chosen.record}
          </small>
        </blockquote>
      )}
      <button
        type="button"
        className="button button--quiet button--small"
        aria-expanded={searching}
        onClick={() => setSearching(!searching)}
      >
        {searching ? '收起搜索' : '搜索其他记录的引文'}
      </button>
      {searching && (
        <CitationSearch
          onPick={(option) => {
            onFound([option]);
            onChange({ citationId: option.id });
            setSearching(false);
          }}
        />
      )}
      <div className="discrepancy-form__reading">
        <TextField
          label="该文件的说法"
          path={`${path}.reading`}
          value={statement.reading}
          onChange={(reading) => onChange({ reading })}
          errors={errors}
          placeholder="如 已建成、初具规模"
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={statement.preferred}
            onChange={(event) => onChange({ preferred: event.target.checked })}
          />
          优先采用
        </label>
      </div>
      <button type="button" className="button button--quiet button--small" onClick={onRemove}>
        删除表述 {number}
      </button>
    </div>
  );
}

/** Finds verified citations of any record by words of the quote; Enter searches, each hit is a button. */
function CitationSearch({ onPick }: { onPick: (option: CitationOption) => void }) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; found: CitationOption[] } | { kind: 'error'; message: string }
  >({ kind: 'idle' });
  const inputId = useId();
  async function search() {
    setState({ kind: 'busy' });
    const result = await searchCitationsAction(query);
    setState(
      result.ok
        ? { kind: 'done', found: result.value }
        : { kind: 'error', message: result.fieldErrors[''] ?? result.message },
    );
  }
  return (
    <div className="discrepancy-search">
      <label htmlFor={inputId}>引文中的文字</label>
      <div className="discrepancy-search__bar">
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches here instead of submitting the record form.
            if (event.key === 'Enter') {
              event.preventDefault();
              void search();
            }
          }}
        />
        <button type="button" className="button button--small" onClick={() => void search()}>
          搜索
        </button>
      </div>
      <p className="muted" role="status">
        {state.kind === 'busy' && '正在搜索…'}
        {state.kind === 'error' && state.message}
        {state.kind === 'done' &&
          (state.found.length === 0 ? '没有找到含这些文字的已核验引文' : `找到 ${state.found.length} 条`)}
      </p>
      {state.kind === 'done' && state.found.length > 0 && (
        <ul className="discrepancy-search__results">
          {state.found.map((option) => (
            <li key={option.id}>
              <button type="button" className="button button--small" onClick={() => onPick(option)}>
                选用
              </button>{' '}
              “{shorten(option.exact, 60)}”
              <small>
                {option.source} · {option.record}
              </small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
