'use client';
// 数值分歧 in the metric form: documents giving different values for what reads as one measure and
// period, set side by side with the editor's note. The editor ticks this metric's observations; an
// observation of another metric already in the discrepancy is listed (and may be let go), never
// added here. Which value is preferred is said on the observation itself (取舍).
import { useEffect, useState } from 'react';
import { describeObservationsAction } from '@/lib/actions/citation-search';
import type { FieldErrors } from '@/lib/records/field-errors';
import {
  emptyValueDiscrepancy,
  type MetricDraft,
  type ObservationDraft,
  type ValueDiscrepancyDraft,
} from '@/lib/records/metric/schema';
import type { SourceChoice } from './citation-picker';
import { DiscrepancyList } from './discrepancy-list';
import { FieldError } from './field-error';
import { TextField } from './text-field';

type Props = {
  draft: Pick<MetricDraft, 'observations' | 'valueDiscrepancies' | 'unit'>;
  set: (key: 'valueDiscrepancies', value: ValueDiscrepancyDraft[]) => void;
  errors: FieldErrors;
  sources: SourceChoice[];
};

/** 2020年 1325亿元（《…》），as the checkbox names an observation. */
function observationLabel(o: ObservationDraft, unit: string, titles: Map<string, string>) {
  const documents = [...new Set(o.citations.map((c) => titles.get(c.sourceVersionId) ?? '原始文件'))];
  const rank = o.rank === 'PREFERRED' ? '，首选' : o.rank === 'DEPRECATED' ? '，弃用' : '';
  return `${o.periodLabel || o.period} ${o.value}${unit}${o.scope ? `（${o.scope}）` : ''}${
    documents.length > 0 ? `，见${documents.join('、')}` : ''
  }${rank}`;
}

export function ValueDiscrepancyFields({ draft, set, errors, sources }: Props) {
  const discrepancies = draft.valueDiscrepancies;
  const onChange = (list: ValueDiscrepancyDraft[]) => set('valueDiscrepancies', list);
  const titles = new Map(sources.map((s) => [s.versionId, s.title]));
  const own = draft.observations.flatMap((o) =>
    o.id ? [{ id: o.id, label: observationLabel(o, draft.unit, titles) }] : [],
  );
  const unsaved = draft.observations.length > own.length;

  // Observations of other metrics the discrepancies hold are named once, by the server.
  const [others, setOthers] = useState<Record<string, string>>({});
  const foreignKey = [
    ...new Set(discrepancies.flatMap((d) => d.observationIds).filter((id) => !own.some((o) => o.id === id))),
  ]
    .sort()
    .join(',');
  useEffect(() => {
    if (foreignKey === '') return;
    void describeObservationsAction(foreignKey.split(',')).then((result) => {
      if (result.ok) setOthers((known) => ({ ...known, ...result.value }));
    });
  }, [foreignKey]);

  return (
    <DiscrepancyList
      id="value-discrepancies"
      name="数值分歧"
      intro={
        <>
          不同文件对同一指标、同一时期给出不同数值时，在此把这些观测值并列，并说明原因；较可靠的数值在观测值的“取舍”中标为首选。经审核后公开。
          {unsaved && ' 新添加的观测值须先保存草稿，才能在这里选用。'}
        </>
      }
      items={discrepancies}
      onChange={onChange}
      create={emptyValueDiscrepancy}
      path="valueDiscrepancies"
      errors={errors}
      render={(discrepancy, path, update) => (
        <ValueDiscrepancyItem
          discrepancy={discrepancy}
          path={path}
          onChange={update}
          errors={errors}
          own={own}
          others={others}
        />
      )}
    />
  );
}

type ItemProps = {
  discrepancy: ValueDiscrepancyDraft;
  path: string;
  onChange: (patch: Partial<ValueDiscrepancyDraft>) => void;
  errors: FieldErrors;
  own: Array<{ id: string; label: string }>;
  others: Record<string, string>;
};

/** A discrepancy's note and the values it sets side by side. */
function ValueDiscrepancyItem({ discrepancy, path, onChange, errors, own, others }: ItemProps) {
  const chosen = new Set(discrepancy.observationIds);
  // Another metric's observation stays listed once unticked, so the editor can tick it again.
  const [foreign] = useState(() => discrepancy.observationIds.filter((id) => !own.some((o) => o.id === id)));
  const choices = [...own, ...foreign.map((id) => ({ id, label: others[id] ?? '另一指标的观测值' }))];
  const toggle = (id: string, on: boolean) =>
    onChange({
      observationIds: on ? [...discrepancy.observationIds, id] : discrepancy.observationIds.filter((o) => o !== id),
    });

  return (
    <>
      <TextField
        label="说明"
        path={`${path}.note`}
        rows={3}
        value={discrepancy.note}
        onChange={(note) => onChange({ note })}
        errors={errors}
        hint="写明各文件为何数值不一（口径、时点、四舍五入……），以及采用哪一个、为什么；无从判断时说明均不作首选。"
      />
      <fieldset className="value-discrepancy__observations">
        <legend>所涉观测值（至少两个）</legend>
        {choices.map((choice) => (
          <label key={choice.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(choice.id)}
              onChange={(event) => toggle(choice.id, event.target.checked)}
            />
            {choice.label}
          </label>
        ))}
        <FieldError errors={errors} path={`${path}.observationIds`} />
      </fieldset>
    </>
  );
}
