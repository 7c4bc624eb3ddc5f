'use client';
// The agreement form: both sides as organisations, the date as precise as the text, the citation.
import type { AgreementSide } from '@/lib/generated/prisma/enums';
import { agreementDomainLabel, agreementKindLabel } from '@/lib/labels';
import { agreementDraftSchema, type AgreementDraft } from '@/lib/records/agreement/schema';
import type { SourceChoice } from './citation-picker';
import { CitationList } from './citation-list';
import { FieldError } from './field-error';
import { FormActions, FormMessageBox } from './form-parts';
import { ChoiceField, EnumField, TextField } from './text-field';
import { useRecordForm, type FormTarget } from './use-record-form';

type Choice = { id: string; label: string };
type Props = {
  initial: AgreementDraft | null;
  target: FormTarget;
  topics: Choice[];
  organisations: Choice[];
  sources: SourceChoice[];
};

const sideLabel: Record<AgreementSide, string> = { JIANGBEI: '江北一方', PARTNER: '合作一方' };

const empty: AgreementDraft = {
  slug: '',
  title: '',
  kind: 'FRAMEWORK',
  domain: 'COMPREHENSIVE',
  topicId: '',
  partnerRegionId: null,
  signedOn: '',
  summary: '',
  parties: [
    { organisationId: '', side: 'JIANGBEI' },
    { organisationId: '', side: 'PARTNER' },
  ],
  citations: [],
};

export function AgreementForm({ initial, target, topics, organisations, sources }: Props) {
  const { draft, set, errors, message, saving, onSubmit } = useRecordForm({
    recordType: 'AGREEMENT',
    schema: agreementDraftSchema,
    initial: initial ?? empty,
    target,
  });
  const setParty = (index: number, patch: Partial<AgreementDraft['parties'][number]>) =>
    set(
      'parties',
      draft.parties.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    );
  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate>
      <FormMessageBox message={message} />
      <TextField
        label="协议名称"
        path="title"
        value={draft.title}
        onChange={(v) => set('title', v)}
        errors={errors}
        hint="原文有书名号时照录，如《产业协同发展合作协议》"
      />
      <div className="record-form__row">
        <TextField label="网址标识" path="slug" value={draft.slug} onChange={(v) => set('slug', v)} errors={errors} />
        <TextField
          label="签署日期（可选）"
          path="signedOn"
          value={draft.signedOn}
          onChange={(v) => set('signedOn', v)}
          errors={errors}
          placeholder="2020-09-27、2020-09 或 2020"
          hint="只写原文给出的精度"
        />
      </div>
      <div className="record-form__row">
        <EnumField label="类型" value={draft.kind} labels={agreementKindLabel} onChange={(v) => set('kind', v)} />
        <EnumField label="领域" value={draft.domain} labels={agreementDomainLabel} onChange={(v) => set('domain', v)} />
        <ChoiceField
          label="专题"
          path="topicId"
          value={draft.topicId}
          onChange={(v) => set('topicId', v)}
          errors={errors}
          choices={topics}
          empty="请选择"
        />
        <ChoiceField
          label="合作地区（可选）"
          path="partnerRegionId"
          value={draft.partnerRegionId ?? ''}
          onChange={(v) => set('partnerRegionId', v || null)}
          errors={errors}
          choices={organisations}
          empty="无"
        />
      </div>
      <TextField
        label="摘要（可选）"
        path="summary"
        rows={3}
        value={draft.summary}
        onChange={(v) => set('summary', v)}
        errors={errors}
      />
      <fieldset className="record-form__group">
        <legend>签约各方</legend>
        <FieldError errors={errors} path="parties" />
        {draft.parties.map((party, index) => (
          <div key={index} className="record-form__row">
            <ChoiceField
              label={`机构 ${index + 1}`}
              path={`parties.${index}.organisationId`}
              value={party.organisationId}
              onChange={(v) => setParty(index, { organisationId: v })}
              errors={errors}
              choices={organisations}
              empty="请选择"
            />
            <EnumField
              label="一方"
              value={party.side}
              labels={sideLabel}
              onChange={(v) => setParty(index, { side: v })}
            />
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() =>
                set(
                  'parties',
                  draft.parties.filter((_, i) => i !== index),
                )
              }
            >
              删除
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => set('parties', [...draft.parties, { organisationId: '', side: 'PARTNER' }])}
        >
          ＋ 添加一方
        </button>
      </fieldset>
      <fieldset className="record-form__group">
        <legend>引文</legend>
        <CitationList
          path=""
          citations={draft.citations}
          onChange={(c) => set('citations', c)}
          sources={sources}
          errors={errors}
        />
      </fieldset>
      <FormActions saving={saving} target={target} listHref="/admin/agreements" />
    </form>
  );
}
