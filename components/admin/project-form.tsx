'use client';
// The project form. It validates with the same zod schema as the server as the editor types,
// saves a draft change (never the public record), and keeps every typed value when saving fails.
import { useState } from 'react';
import { projectKindLabel, projectStatusLabel, qualifierLabel } from '@/lib/labels';
import type { FieldErrors } from '@/lib/records/field-errors';
import { splitSynonyms } from '@/lib/records/metric/synonyms';
import {
  emptyMeasure,
  emptyMilestone,
  emptyProject,
  projectDraftSchema,
  type ProjectDraft,
} from '@/lib/records/project/schema';
import type { SourceChoice } from './citation-picker';
import { CitationList } from './citation-list';
import { DiscrepancyFields } from './discrepancy-fields';
import { FieldError, fieldProps } from './field-error';
import { FormActions, FormMessageBox } from './form-parts';
import { MeasureFields, MilestoneFields, ProjectPartyFields } from './project-fact-fields';
import { RepeatedItems } from './repeated-items';
import { EnumField, TextField } from './text-field';
import { useRecordForm, type FormTarget } from './use-record-form';

type Choice = { id: string; label: string };

/** The aliases are typed in one field: an error on any one of them shows under it. */
function aliasErrors(errors: FieldErrors): FieldErrors {
  const message = errors.aliases ?? Object.entries(errors).find(([path]) => path.startsWith('aliases.'))?.[1];
  return message ? { ...errors, aliases: message } : errors;
}

export type ProjectFormProps = {
  initial: ProjectDraft | null;
  target: FormTarget;
  topics: Choice[];
  organisations: Choice[];
  sources: SourceChoice[];
};

export function ProjectForm({ initial, target, topics, organisations, sources }: ProjectFormProps) {
  const { draft, set, errors, message, saving, onSubmit, changeNotes } = useRecordForm({
    recordType: 'PROJECT',
    schema: projectDraftSchema,
    initial: initial ?? emptyProject(),
    target,
  });
  // The typed text is kept as is (a trailing 、 stays while the next alias is typed); aliases are
  // split like a metric's synonyms.
  const [aliasText, setAliasText] = useState(() => draft.aliases.join('、'));

  const text = (key: 'name' | 'slug' | 'location', label: string, hint?: string) => (
    <TextField label={label} path={key} value={draft[key]} onChange={(v) => set(key, v)} errors={errors} hint={hint} />
  );

  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate>
      <FormMessageBox message={message} />
      <fieldset className="record-form__group">
        <legend>基本信息</legend>
        {text('name', '项目名称')}
        <TextField
          label="别名（可选）"
          path="aliases"
          value={aliasText}
          onChange={(value) => {
            setAliasText(value);
            set('aliases', splitSynonyms(value));
          }}
          errors={aliasErrors(errors)}
          hint="原文对同一项目的其他叫法，用顿号或逗号分隔，如 大九街、不夜九街；每个别名须出现在项目的某条引文中"
        />
        {text('slug', '网址标识', '用于网址，例如 beibin-road-east-extension')}
        <div className="record-form__row">
          <EnumField label="类型" value={draft.kind} labels={projectKindLabel} onChange={(v) => set('kind', v)} />
          <EnumField
            label="状态"
            value={draft.projectStatus}
            labels={projectStatusLabel}
            onChange={(v) => set('projectStatus', v)}
          />
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
        </div>
        {text('location', '地点（可选）')}
        <label className="form__field">
          <span>简介（可选）</span>
          <textarea rows={3} value={draft.description} onChange={(event) => set('description', event.target.value)} />
          <FieldError errors={errors} path="description" />
        </label>
      </fieldset>

      <InvestmentFields
        investment={draft.investment}
        onChange={(investment) => set('investment', investment)}
        errors={errors}
      />

      <fieldset className="record-form__group">
        <legend>项目引文</legend>
        <p className="muted">支持项目本身（及投资额）的原文。</p>
        <CitationList
          path=""
          citations={draft.citations}
          onChange={(citations) => set('citations', citations)}
          sources={sources}
          errors={errors}
          value={draft.investment?.amount || undefined}
          unit={draft.investment?.unit}
        />
      </fieldset>

      <RepeatedItems
        legend="规模与数量"
        items={draft.measures}
        onChange={(measures) => set('measures', measures)}
        create={emptyMeasure}
        addLabel="＋ 添加规模或数量"
        removeLabel="删除此项"
        render={(measure, index, update) => (
          <MeasureFields
            fact={measure}
            path={`measures.${index}`}
            onChange={update}
            errors={errors}
            sources={sources}
          />
        )}
      />
      <RepeatedItems
        legend="进展节点"
        items={draft.milestones}
        onChange={(milestones) => set('milestones', milestones)}
        create={emptyMilestone}
        addLabel="＋ 添加节点"
        removeLabel="删除此节点"
        render={(milestone, index, update) => (
          <MilestoneFields
            fact={milestone}
            path={`milestones.${index}`}
            onChange={update}
            errors={errors}
            sources={sources}
          />
        )}
      />
      <RepeatedItems
        legend="参与机构"
        items={draft.parties}
        onChange={(parties) => set('parties', parties)}
        create={() => ({ organisationId: '', role: 'PARTNER' as const })}
        addLabel="＋ 添加机构"
        removeLabel="删除"
        itemClassName="record-form__row"
        render={(party, index, update) => (
          <ProjectPartyFields
            fact={party}
            path={`parties.${index}`}
            onChange={update}
            errors={errors}
            organisations={organisations}
          />
        )}
      />

      <DiscrepancyFields draft={draft} set={set} errors={errors} sources={sources} />
      <FormActions saving={saving} target={target} listHref="/admin/projects" notes={changeNotes} errors={errors} />
    </form>
  );
}

/** 投资额: the amount the text gives, if it gives one, with its unit and qualifier (超, 约…). */
function InvestmentFields(props: {
  investment: ProjectDraft['investment'];
  onChange: (investment: ProjectDraft['investment']) => void;
  errors: FieldErrors;
}) {
  const { investment, onChange, errors } = props;
  return (
    <fieldset className="record-form__group">
      <legend>投资额</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={investment !== null}
          onChange={(event) => onChange(event.target.checked ? { amount: '', unit: '亿元', qualifier: 'EXACT' } : null)}
        />
        原文给出了投资额
      </label>
      {investment && (
        <div className="record-form__row">
          <TextField
            label="金额"
            path="investment.amount"
            value={investment.amount}
            inputMode="decimal"
            onChange={(v) => onChange({ ...investment, amount: v })}
            errors={errors}
          />
          <TextField
            label="单位"
            path="investment.unit"
            value={investment.unit}
            onChange={(v) => onChange({ ...investment, unit: v })}
            errors={errors}
          />
          <EnumField
            label="限定"
            value={investment.qualifier}
            labels={qualifierLabel}
            onChange={(v) => onChange({ ...investment, qualifier: v })}
          />
        </div>
      )}
    </fieldset>
  );
}
