'use client';
// The agreement form: both sides as organisations, the date as precise as the text, the citation.
import type { AgreementSide } from '@/lib/generated/prisma/enums';
import { agreementDomainLabel, agreementKindLabel, organisationKindLabel } from '@/lib/labels';
import {
  agreementDraftSchema,
  emptyAgreement,
  type AgreementDraft,
  type NewPartyOrganisation,
} from '@/lib/records/agreement/schema';
import type { SourceChoice } from './citation-picker';
import { CitationList } from './citation-list';
import { DiscrepancyFields } from './discrepancy-fields';
import { FieldError } from './field-error';
import { FormActions, FormMessageBox } from './form-parts';
import { PeriodReasonField } from './period-reason-field';
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
const newOrganisation: NewPartyOrganisation = { name: '', slug: '', kind: 'REGION', region: '' };

export function AgreementForm({ initial, target, topics, organisations, sources }: Props) {
  const { draft, set, errors, message, saving, onSubmit, changeNotes } = useRecordForm({
    recordType: 'AGREEMENT',
    schema: agreementDraftSchema,
    initial: initial ?? emptyAgreement(),
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
      <PeriodReasonField
        path="periodReason"
        value={draft.periodReason}
        onChange={(v) => set('periodReason', v)}
        errors={errors}
      />
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
        {draft.parties.map((party, index) => {
          const created = party.newOrganisation;
          const setCreated = (patch: Partial<NewPartyOrganisation>) =>
            setParty(index, { newOrganisation: { ...created!, ...patch } });
          const path = `parties.${index}.newOrganisation`;
          return (
            <div key={index} className="record-form__party">
              <div className="record-form__row">
                {created ? (
                  <TextField
                    label={`新机构 ${index + 1} 全称`}
                    path={`${path}.name`}
                    value={created.name}
                    onChange={(v) => setCreated({ name: v })}
                    errors={errors}
                  />
                ) : (
                  <ChoiceField
                    label={`机构 ${index + 1}`}
                    path={`parties.${index}.organisationId`}
                    value={party.organisationId}
                    onChange={(v) => setParty(index, { organisationId: v })}
                    errors={errors}
                    choices={organisations}
                    empty="请选择"
                  />
                )}
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
                    setParty(
                      index,
                      created
                        ? { newOrganisation: null }
                        : { organisationId: '', newOrganisation: { ...newOrganisation } },
                    )
                  }
                >
                  {created ? '改为选择已有机构' : '列表中没有？新建机构'}
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={`删除第 ${index + 1} 方`}
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
              {created && (
                <div className="record-form__row record-form__row--nested">
                  <TextField
                    label="新机构网址标识"
                    path={`${path}.slug`}
                    value={created.slug}
                    onChange={(v) => setCreated({ slug: v })}
                    errors={errors}
                    hint="小写字母、数字和连字符，如 deyang"
                  />
                  <EnumField
                    label="新机构类型"
                    value={created.kind}
                    labels={organisationKindLabel}
                    onChange={(v) => setCreated({ kind: v })}
                  />
                  <TextField
                    label="所在地区（可选）"
                    path={`${path}.region`}
                    value={created.region}
                    onChange={(v) => setCreated({ region: v })}
                    errors={errors}
                  />
                  <p className="muted record-form__note">新机构随本协议一起审核，发布时建立机构记录。</p>
                </div>
              )}
            </div>
          );
        })}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            set('parties', [...draft.parties, { organisationId: '', newOrganisation: null, side: 'PARTNER' }])
          }
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
      <DiscrepancyFields draft={draft} set={set} errors={errors} sources={sources} />
      <FormActions saving={saving} target={target} listHref="/admin/agreements" notes={changeNotes} errors={errors} />
    </form>
  );
}
