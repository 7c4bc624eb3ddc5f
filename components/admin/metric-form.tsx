'use client';
// The metric form: the indicator and every observation of it over time, each with its citations.
import { basisLabel, qualifierLabel, statementRankLabel, vintageLabel } from '@/lib/labels';
import { metricDraftSchema, type MetricDraft, type ObservationDraft } from '@/lib/records/metric/schema';
import type { SourceChoice } from './citation-picker';
import { CitationList } from './citation-list';
import { FieldError, fieldProps } from './field-error';
import { FormActions, FormMessageBox } from './form-parts';
import { EnumField, TextField } from './text-field';
import { useRecordForm, type FormTarget } from './use-record-form';

type Choice = { id: string; label: string };
export type MetricFormProps = {
  initial: MetricDraft | null;
  target: FormTarget;
  topics: Choice[];
  organisations: Choice[];
  sources: SourceChoice[];
};

const empty: MetricDraft = {
  slug: '',
  nameZh: '',
  nameEn: '',
  unit: '',
  topicId: '',
  subjectId: null,
  description: '',
  featured: false,
  observations: [],
};

const newObservation = (): ObservationDraft => ({
  period: '',
  periodLabel: '',
  value: '',
  qualifier: 'EXACT',
  basis: 'REPORTED',
  isCumulative: false,
  growthRate: '',
  growthQualifier: 'EXACT',
  rankStatement: '',
  note: '',
  vintage: 'FINAL',
  rank: 'NORMAL',
  rankReason: '',
  citations: [],
  periodReason: '',
});

export function MetricForm({ initial, target, topics, organisations, sources }: MetricFormProps) {
  const { draft, set, errors, message, saving, onSubmit, changeNotes } = useRecordForm({
    recordType: 'METRIC',
    schema: metricDraftSchema,
    initial: initial ?? empty,
    target,
  });
  const setObservation = (index: number, patch: Partial<ObservationDraft>) =>
    set(
      'observations',
      draft.observations.map((o, i) => (i === index ? { ...o, ...patch } : o)),
    );

  const text = (key: 'nameZh' | 'nameEn' | 'slug' | 'unit', label: string, hint?: string) => (
    <TextField label={label} path={key} value={draft[key]} onChange={(v) => set(key, v)} errors={errors} hint={hint} />
  );

  const observationText = (
    index: number,
    key: 'period' | 'periodLabel' | 'value' | 'growthRate' | 'rankStatement' | 'note' | 'rankReason',
    label: string,
    placeholder?: string,
  ) => {
    const path = `observations.${index}.${key}`;
    return (
      <TextField
        label={label}
        path={path}
        value={draft.observations[index]![key]}
        placeholder={placeholder}
        inputMode={key === 'value' || key === 'growthRate' ? 'decimal' : undefined}
        onChange={(v) => setObservation(index, { [key]: v })}
        errors={errors}
      />
    );
  };

  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate>
      <FormMessageBox message={message} />
      <fieldset className="record-form__group">
        <legend>指标</legend>
        <div className="record-form__row">
          {text('nameZh', '指标名称')}
          {text('unit', '单位', '如 亿元、%、个；纯计数可留空')}
        </div>
        <div className="record-form__row">
          {text('slug', '网址标识', '例如 gdp')}
          {text('nameEn', '英文名称（可选）')}
        </div>
        <div className="record-form__row">
          <label className="form__field">
            <span>专题</span>
            <select
              value={draft.topicId}
              onChange={(event) => set('topicId', event.target.value)}
              {...fieldProps(errors, 'topicId')}
            >
              <option value="">请选择</option>
              {topics.map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic.label}
                </option>
              ))}
            </select>
            <FieldError errors={errors} path="topicId" />
          </label>
          <label className="form__field">
            <span>统计对象（可选）</span>
            <select value={draft.subjectId ?? ''} onChange={(event) => set('subjectId', event.target.value || null)}>
              <option value="">江北区（默认）</option>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="form__field">
          <span>说明（可选）</span>
          <textarea rows={2} value={draft.description} onChange={(event) => set('description', event.target.value)} />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={draft.featured} onChange={(event) => set('featured', event.target.checked)} />
          在首页作为重点数据展示
        </label>
      </fieldset>

      <fieldset className="record-form__group">
        <legend>观测值</legend>
        <FieldError errors={errors} path="observations" />
        {draft.observations.map((observation, index) => (
          <div
            key={observation.id ?? `new-${index}`}
            className="record-form__item"
            aria-label={`观测值 ${index + 1}`}
            role="group"
          >
            <div className="record-form__row">
              {observationText(index, 'period', '时期', '2020、2016/2020、2020-H1')}
              {observationText(index, 'periodLabel', '时期说明', '2020年、“十三五”时期')}
              {observationText(index, 'value', '数值')}
              <EnumField
                label="限定"
                value={observation.qualifier}
                labels={qualifierLabel}
                onChange={(v) => setObservation(index, { qualifier: v })}
              />
              <EnumField
                label="性质"
                value={observation.basis}
                labels={basisLabel}
                onChange={(v) => setObservation(index, { basis: v })}
              />
            </div>
            <div className="record-form__row">
              {observationText(index, 'growthRate', '增速 %（可选）', '3.9')}
              <EnumField
                label="增速限定"
                value={observation.growthQualifier}
                labels={qualifierLabel}
                onChange={(v) => setObservation(index, { growthQualifier: v })}
              />
              <EnumField
                label="数据版本"
                value={observation.vintage}
                labels={vintageLabel}
                onChange={(v) => setObservation(index, { vintage: v })}
              />
              <EnumField
                label="取舍"
                value={observation.rank}
                labels={statementRankLabel}
                onChange={(v) => setObservation(index, { rank: v })}
              />
            </div>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={observation.isCumulative}
                onChange={(event) => setObservation(index, { isCumulative: event.target.checked })}
              />
              累计值（时期内的合计）
            </label>
            <div className="record-form__row">
              {observationText(index, 'rankStatement', '排名表述（可选）')}
              {observationText(index, 'note', '备注（可选）')}
              {observation.rank !== 'NORMAL' && observationText(index, 'rankReason', '取舍理由')}
            </div>
            <FieldError errors={errors} path={`observations.${index}.id`} />
            <CitationList
              path={`observations.${index}`}
              citations={observation.citations}
              onChange={(citations) => setObservation(index, { citations })}
              sources={sources}
              errors={errors}
              value={observation.value || undefined}
              unit={draft.unit || undefined}
            />
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() =>
                set(
                  'observations',
                  draft.observations.filter((_, i) => i !== index),
                )
              }
            >
              删除此观测值
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => set('observations', [...draft.observations, newObservation()])}
        >
          ＋ 添加观测值
        </button>
      </fieldset>

      <FormActions saving={saving} target={target} listHref="/admin/metrics" notes={changeNotes} errors={errors} />
    </form>
  );
}
