'use client';
// The fields of one measure, milestone or party of a project, with its citations: a row of the
// project form, and the whole of the one-fact form. `path` is where the fact sits in the data.
import { basisLabel, milestoneKindLabel, projectRoleLabel, qualifierLabel } from '@/lib/labels';
import type { FieldErrors } from '@/lib/records/field-errors';
import type { ProjectDraft } from '@/lib/records/project/schema';
import type { SourceChoice } from './citation-picker';
import { CitationList } from './citation-list';
import { PeriodReasonField } from './period-reason-field';
import { ChoiceField, EnumField, TextField } from './text-field';

export type MeasureDraft = ProjectDraft['measures'][number];
export type MilestoneDraft = ProjectDraft['milestones'][number];

type FieldsProps<T> = {
  fact: T;
  path: string;
  onChange: (patch: Partial<T>) => void;
  errors: FieldErrors;
  sources: SourceChoice[];
};

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A text input for one string field of a fact, its error at the field's path. */
function textFieldOf<T>({
  fact,
  path,
  onChange,
  errors,
}: Pick<FieldsProps<T>, 'fact' | 'path' | 'onChange' | 'errors'>) {
  return function FactTextField(
    key: keyof T & string,
    label: string,
    extra: { inputMode?: 'decimal'; placeholder?: string } = {},
  ) {
    return (
      <TextField
        label={label}
        path={at(path, key)}
        value={String(fact[key] ?? '')}
        onChange={(value) => onChange({ [key]: value } as Partial<T>)}
        errors={errors}
        {...extra}
      />
    );
  };
}

export function MeasureFields(props: FieldsProps<MeasureDraft>) {
  const { fact, path, onChange, errors, sources } = props;
  const text = textFieldOf(props);
  return (
    <>
      <div className="record-form__row">
        {text('label', '名称')}
        {text('value', '数值', { inputMode: 'decimal' })}
        {text('unit', '单位')}
        <EnumField
          label="限定"
          value={fact.qualifier}
          labels={qualifierLabel}
          onChange={(qualifier) => onChange({ qualifier })}
        />
        <EnumField label="性质" value={fact.basis} labels={basisLabel} onChange={(basis) => onChange({ basis })} />
      </div>
      <CitationList
        path={path}
        citations={fact.citations}
        onChange={(citations) => onChange({ citations })}
        sources={sources}
        errors={errors}
        value={fact.value || undefined}
        unit={fact.unit}
      />
    </>
  );
}

export function MilestoneFields(props: FieldsProps<MilestoneDraft>) {
  const { fact, path, onChange, errors, sources } = props;
  const text = textFieldOf(props);
  return (
    <>
      <div className="record-form__row">
        <EnumField label="节点" value={fact.kind} labels={milestoneKindLabel} onChange={(kind) => onChange({ kind })} />
        {text('date', '日期', { placeholder: '2022-12-26、2022-12 或 2022' })}
        <EnumField label="性质" value={fact.basis} labels={basisLabel} onChange={(basis) => onChange({ basis })} />
        {text('note', '说明（公开）')}
      </div>
      <PeriodReasonField
        path={at(path, 'periodReason')}
        value={fact.periodReason}
        onChange={(periodReason) => onChange({ periodReason })}
        errors={errors}
      />
      <CitationList
        path={path}
        citations={fact.citations}
        onChange={(citations) => onChange({ citations })}
        sources={sources}
        errors={errors}
      />
    </>
  );
}

export type ProjectPartyDraft = ProjectDraft['parties'][number];
type Choice = { id: string; label: string };

export function ProjectPartyFields({
  fact,
  path,
  onChange,
  errors,
  organisations,
}: Omit<FieldsProps<ProjectPartyDraft>, 'sources'> & { organisations: Choice[] }) {
  return (
    <>
      <ChoiceField
        label="机构"
        path={at(path, 'organisationId')}
        value={fact.organisationId}
        onChange={(organisationId) => onChange({ organisationId })}
        errors={errors}
        choices={organisations}
        empty="请选择"
      />
      <EnumField label="角色" value={fact.role} labels={projectRoleLabel} onChange={(role) => onChange({ role })} />
    </>
  );
}
