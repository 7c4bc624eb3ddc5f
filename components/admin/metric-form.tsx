'use client';
// The metric form: the indicator and every observation of it over time, each with its citations.
import { useState } from 'react';
import { emptyObservation, metricDraftSchema, type MetricDraft } from '@/lib/records/metric/schema';
import type { FieldErrors } from '@/lib/records/field-errors';
import { splitSynonyms } from '@/lib/records/metric/synonyms';
import { ObservationFields } from './observation-fields';
import { RepeatedItems } from './repeated-items';
import type { SourceChoice } from './citation-picker';
import { FieldError, fieldProps } from './field-error';
import { FormActions, FormMessageBox } from './form-parts';
import { TextField } from './text-field';
import { ValueDiscrepancyFields } from './value-discrepancy-fields';
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
  synonyms: [],
  unit: '',
  topicId: '',
  subjectId: null,
  description: '',
  featured: false,
  observations: [],
  valueDiscrepancies: [],
};

/** The synonyms are typed in one field: an error on any one of them shows under it. */
function synonymErrors(errors: FieldErrors): FieldErrors {
  const message = errors.synonyms ?? Object.entries(errors).find(([path]) => path.startsWith('synonyms.'))?.[1];
  return message ? { ...errors, synonyms: message } : errors;
}

export function MetricForm({ initial, target, topics, organisations, sources }: MetricFormProps) {
  const { draft, set, errors, message, saving, onSubmit, changeNotes } = useRecordForm({
    recordType: 'METRIC',
    schema: metricDraftSchema,
    initial: initial ?? empty,
    target,
  });
  // The typed text is kept as is (a trailing 、 stays while the next synonym is typed).
  const [synonymText, setSynonymText] = useState(() => draft.synonyms.join('\n'));

  const text = (key: 'nameZh' | 'nameEn' | 'slug' | 'unit', label: string, hint?: string) => (
    <TextField label={label} path={key} value={draft[key]} onChange={(v) => set(key, v)} errors={errors} hint={hint} />
  );

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
        <TextField
          label="同义词/英文别称（可选）"
          path="synonyms"
          rows={2}
          value={synonymText}
          onChange={(value) => {
            setSynonymText(value);
            set('synonyms', splitSynonyms(value));
          }}
          errors={synonymErrors(errors)}
          hint="读者搜索时会用到的其他叫法，每行一个或用顿号、逗号分隔，如 GDP、gross regional product、地区GDP"
        />
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

      <RepeatedItems
        legend="观测值"
        items={draft.observations}
        onChange={(observations) => {
          set('observations', observations);
          // A removed observation leaves the discrepancies it was ticked in.
          const gone = new Set(draft.observations.flatMap((o) => (o.id ? [o.id] : [])));
          for (const o of observations) if (o.id) gone.delete(o.id);
          if (gone.size > 0) {
            set(
              'valueDiscrepancies',
              draft.valueDiscrepancies.map((d) => ({
                ...d,
                observationIds: d.observationIds.filter((id) => !gone.has(id)),
              })),
            );
          }
        }}
        create={emptyObservation}
        addLabel="＋ 添加观测值"
        removeLabel="删除此观测值"
        itemLabel={(index) => `观测值 ${index + 1}`}
        errors={errors}
        path="observations"
        render={(observation, index, update) => (
          <ObservationFields
            observation={observation}
            path={`observations.${index}`}
            onChange={update}
            errors={errors}
            sources={sources}
            unit={draft.unit}
          />
        )}
      />

      <ValueDiscrepancyFields draft={draft} set={set} errors={errors} sources={sources} />

      <FormActions saving={saving} target={target} listHref="/admin/metrics" notes={changeNotes} errors={errors} />
    </form>
  );
}
