'use client';
// The fields of one observation with its citations: a row of the metric form, and the whole of
// the one-fact form. `path` is where the observation sits in the data ('' when it is the data).
import { basisLabel, qualifierLabel, statementRankLabel, vintageLabel } from '@/lib/labels';
import type { FieldErrors } from '@/lib/records/field-errors';
import type { ObservationDraft } from '@/lib/records/metric/schema';
import { readRanks } from '@/lib/records/metric/rank';
import type { SourceChoice } from './citation-picker';
import { CITED_FIELDS } from '@/lib/citations/cited-fields';
import { CitationList } from './citation-list';
import { FieldError } from './field-error';
import { PeriodReasonField } from './period-reason-field';
import { EnumField, TextField } from './text-field';

type TextKey =
  | 'period'
  | 'periodLabel'
  | 'value'
  | 'growthRate'
  | 'rankStatement'
  | 'scope'
  | 'note'
  | 'rankReason'
  | 'periodReason';

type Props = {
  observation: ObservationDraft;
  path: string;
  onChange: (patch: Partial<ObservationDraft>) => void;
  errors: FieldErrors;
  sources: SourceChoice[];
  unit: string;
};

/** How the rank statement is read for charts and downloads, so the editor sees it as saved. */
function rankHint(statement: string): string {
  if (statement.trim() === '') return '如“全市第4位”；会读出名次和范围，供图表与下载使用。';
  const ranks = readRanks(statement);
  return ranks.length === 0
    ? '读不出名次（如“前列”）：只保存文字。'
    : `读作：${ranks.map((r) => `${r.group} ${r.top ? '前' : '第'}${r.position}`).join('；')}`;
}

export function ObservationFields({ observation, path, onChange, errors, sources, unit }: Props) {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const text = (key: TextKey, label: string, options: { placeholder?: string; hint?: string } = {}) => (
    <TextField
      label={label}
      path={at(key)}
      value={observation[key]}
      inputMode={key === 'value' || key === 'growthRate' ? 'decimal' : undefined}
      onChange={(v) => onChange({ [key]: v })}
      errors={errors}
      {...options}
    />
  );
  return (
    <>
      <div className="record-form__row">
        {text('period', '时期', { placeholder: '2020、2016/2020、2020-H1' })}
        {text('periodLabel', '时期说明', { placeholder: '2020年、“十三五”时期' })}
        {text('value', '数值')}
        <EnumField
          label="限定"
          value={observation.qualifier}
          labels={qualifierLabel}
          onChange={(v) => onChange({ qualifier: v })}
        />
        <EnumField
          label="性质"
          value={observation.basis}
          labels={basisLabel}
          onChange={(v) => onChange({ basis: v })}
        />
      </div>
      <div className="record-form__row">
        {text('growthRate', '增速 %（可选）', { placeholder: '3.9' })}
        <EnumField
          label="增速限定"
          value={observation.growthQualifier}
          labels={qualifierLabel}
          onChange={(v) => onChange({ growthQualifier: v })}
        />
        <EnumField
          label="数据版本"
          value={observation.vintage}
          labels={vintageLabel}
          onChange={(v) => onChange({ vintage: v })}
        />
        <EnumField
          label="取舍"
          value={observation.rank}
          labels={statementRankLabel}
          onChange={(v) => onChange({ rank: v })}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={observation.isCumulative}
          onChange={(event) => onChange({ isCumulative: event.target.checked })}
        />
        累计值（时期内的合计）
      </label>
      <div className="record-form__row">
        {text('rankStatement', '排名表述（可选）', { hint: rankHint(observation.rankStatement) })}
        {text('scope', '统计范围（可选）', {
          placeholder: '江北嘴金融核心区',
          hint: '数值只涉及比指标更小的范围时填写；图表不把它连进指标的折线。',
        })}
        {text('note', '说明（公开，可选）', { hint: '读者可见；给审核人的话请写在下方“修改说明”中。' })}
        {observation.rank !== 'NORMAL' && text('rankReason', '取舍理由')}
      </div>
      <PeriodReasonField
        path={at('periodReason')}
        value={observation.periodReason}
        onChange={(periodReason) => onChange({ periodReason })}
        errors={errors}
      />
      <FieldError errors={errors} path={at('id')} />
      <CitationList
        path={path}
        citations={observation.citations}
        onChange={(citations) => onChange({ citations })}
        sources={sources}
        errors={errors}
        value={observation.value || undefined}
        unit={unit || undefined}
        fieldChoices={CITED_FIELDS.filter((field) => observation[field] !== '')}
      />
    </>
  );
}
