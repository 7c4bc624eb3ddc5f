'use client';
// The organisation form: one record per real body or place, placed under its parent.
import { organisationKindLabel } from '@/lib/labels';
import { emptyOrganisation, organisationDraftSchema, type OrganisationDraft } from '@/lib/records/organisation/schema';
import type { SourceChoice } from './citation-picker';
import { CitationList } from './citation-list';
import { DiscrepancyFields } from './discrepancy-fields';
import { FormActions, FormMessageBox } from './form-parts';
import { ChoiceField, EnumField, TextField } from './text-field';
import { useRecordForm, type FormTarget } from './use-record-form';

type Props = {
  initial: OrganisationDraft | null;
  target: FormTarget;
  organisations: Array<{ id: string; label: string }>;
  sources: SourceChoice[];
};

export function OrganisationForm({ initial, target, organisations, sources }: Props) {
  const { draft, set, errors, message, saving, onSubmit, changeNotes } = useRecordForm({
    recordType: 'ORGANISATION',
    schema: organisationDraftSchema,
    initial: initial ?? emptyOrganisation(),
    target,
  });
  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate>
      <FormMessageBox message={message} />
      <TextField
        label="全称"
        path="name"
        value={draft.name}
        onChange={(v) => set('name', v)}
        errors={errors}
        hint="如 四川省德阳市、重庆市江北区教育局"
      />
      <div className="record-form__row">
        <TextField
          label="简称（可选）"
          path="shortName"
          value={draft.shortName}
          onChange={(v) => set('shortName', v)}
          errors={errors}
        />
        <TextField
          label="网址标识"
          path="slug"
          value={draft.slug}
          onChange={(v) => set('slug', v)}
          errors={errors}
          hint="例如 deyang"
        />
        <EnumField label="类型" value={draft.kind} labels={organisationKindLabel} onChange={(v) => set('kind', v)} />
      </div>
      <div className="record-form__row">
        <ChoiceField
          label="上级机构（可选）"
          path="parentId"
          value={draft.parentId ?? ''}
          onChange={(v) => set('parentId', v || null)}
          errors={errors}
          choices={organisations}
          empty="无"
        />
        <TextField
          label="所在地区（可选）"
          path="region"
          value={draft.region}
          onChange={(v) => set('region', v)}
          errors={errors}
          hint="如 四川省德阳市"
        />
      </div>
      <TextField
        label="别名（可选，用顿号或逗号分隔）"
        path="aliases"
        value={draft.aliases.join('、')}
        onChange={(v) =>
          set(
            'aliases',
            v
              .split(/[、,，]/)
              .map((alias) => alias.trim())
              .filter(Boolean),
          )
        }
        errors={errors}
      />
      <TextField
        label="说明（可选）"
        path="description"
        rows={3}
        value={draft.description}
        onChange={(v) => set('description', v)}
        errors={errors}
      />
      <fieldset className="record-form__group">
        <legend>引文（可选）</legend>
        <CitationList
          path=""
          citations={draft.citations}
          onChange={(c) => set('citations', c)}
          sources={sources}
          errors={errors}
        />
      </fieldset>
      <DiscrepancyFields draft={draft} set={set} errors={errors} sources={sources} />
      <FormActions
        saving={saving}
        target={target}
        listHref="/admin/organisations"
        notes={changeNotes}
        errors={errors}
      />
    </form>
  );
}
