'use client';
// Add or correct one fact of a record (an observation of a metric; a measure, milestone or party
// of a project; a party of an agreement), or withdraw it: a change that touches just that fact.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { saveFactChangeAction } from '@/lib/actions/changes';
import type { AgreementSide } from '@/lib/generated/prisma/enums';
import { agreementPartySchema } from '@/lib/records/agreement/schema';
import { EDITABLE_FACTS, type EditableFacts } from '@/lib/records/fact-lists';
import { emptyObservation, observationSchema, type ObservationDraft } from '@/lib/records/metric/schema';
import {
  emptyMeasure,
  emptyMilestone,
  projectMeasureSchema,
  projectMilestoneSchema,
  projectPartySchema,
} from '@/lib/records/project/schema';
import type { AgreementDraft } from '@/lib/records/agreement/schema';
import type { SourceChoice } from './citation-picker';
import { FormActions, FormMessageBox } from './form-parts';
import { ObservationFields } from './observation-fields';
import {
  MeasureFields,
  MilestoneFields,
  ProjectPartyFields,
  type MeasureDraft,
  type MilestoneDraft,
  type ProjectPartyDraft,
} from './project-fact-fields';
import { ChoiceField, EnumField, TextField } from './text-field';

type AgreementPartyDraft = AgreementDraft['parties'][number];
import { useRecordForm } from './use-record-form';
import { usePending } from './use-pending';

type Choice = { id: string; label: string };

type FieldsProps<T> = {
  fact: T;
  onChange: (patch: Partial<T>) => void;
  errors: Record<string, string>;
  sources: SourceChoice[];
  organisations: Choice[];
  unit: string;
};

type FactKind<T> = {
  schema: z.ZodType<T, unknown>;
  empty: () => T;
  Fields: (props: FieldsProps<T>) => React.ReactNode;
};

const sideLabel: Record<AgreementSide, string> = { JIANGBEI: '江北一方', PARTNER: '合作一方' };

// The form of each kind of fact; the types are checked here, where each kind is written.
const factKinds = {
  'metrics/observations': {
    schema: observationSchema,
    empty: emptyObservation,
    Fields: ({ fact, sources, errors, onChange, unit }: FieldsProps<ObservationDraft>) => (
      <ObservationFields observation={fact} path="" {...{ sources, errors, onChange, unit }} />
    ),
  } satisfies FactKind<ObservationDraft>,
  'projects/measures': {
    schema: projectMeasureSchema,
    empty: emptyMeasure,
    Fields: ({ fact, sources, errors, onChange }: FieldsProps<MeasureDraft>) => (
      <MeasureFields path="" {...{ fact, sources, errors, onChange }} />
    ),
  } satisfies FactKind<MeasureDraft>,
  'projects/milestones': {
    schema: projectMilestoneSchema,
    empty: emptyMilestone,
    Fields: ({ fact, sources, errors, onChange }: FieldsProps<MilestoneDraft>) => (
      <MilestoneFields path="" {...{ fact, sources, errors, onChange }} />
    ),
  } satisfies FactKind<MilestoneDraft>,
  'projects/parties': {
    schema: projectPartySchema,
    empty: (): ProjectPartyDraft => ({ organisationId: '', role: 'PARTNER' }),
    Fields: ({ fact, errors, onChange, organisations }: FieldsProps<ProjectPartyDraft>) => (
      <div className="record-form__row">
        <ProjectPartyFields path="" {...{ fact, errors, onChange, organisations }} />
      </div>
    ),
  } satisfies FactKind<ProjectPartyDraft>,
  'agreements/parties': {
    schema: agreementPartySchema,
    empty: (): AgreementPartyDraft => ({ organisationId: '', newOrganisation: null, side: 'PARTNER' }),
    Fields: ({ fact, errors, onChange, organisations }: FieldsProps<AgreementPartyDraft>) => (
      <div className="record-form__row">
        <ChoiceField
          label="机构"
          path="organisationId"
          value={fact.organisationId}
          onChange={(organisationId) => onChange({ organisationId })}
          errors={errors}
          choices={organisations}
          empty="请选择"
        />
        <EnumField label="一方" value={fact.side} labels={sideLabel} onChange={(side) => onChange({ side })} />
      </div>
    ),
  } satisfies FactKind<AgreementPartyDraft>,
} satisfies Record<EditableFacts, unknown>;

type Props = {
  facts: EditableFacts;
  recordId: string;
  baseVersion: number;
  /** The record's unit, for an observation's value check. */
  unit: string;
  /** The fact as published; null to add a new one. */
  fact: object | null;
  sources: SourceChoice[];
  organisations: Choice[];
  cancelHref: string;
};

export function FactForm({ facts, recordId, baseVersion, unit, fact, sources, organisations, cancelHref }: Props) {
  const kind = factKinds[facts] as unknown as FactKind<object>;
  const { recordType, list, noun } = EDITABLE_FACTS[facts];
  const factId = (fact as { id?: string } | null)?.id ?? null;
  const target = { kind: 'record' as const, recordId, baseVersion };
  const { draft, set, errors, message, saving, onSubmit, changeNotes } = useRecordForm<object>({
    recordType,
    schema: kind.schema,
    initial: fact ?? kind.empty(),
    target,
    save: (value, notes) =>
      saveFactChangeAction({ recordType, recordId, baseVersion, list, factId, fact: value, notes }),
  });
  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate>
      <FormMessageBox message={message} />
      <fieldset className="record-form__group">
        <legend>{factId ? `修改这个${noun}` : `新的${noun}`}</legend>
        <kind.Fields
          fact={draft}
          onChange={(patch) => {
            for (const [key, value] of Object.entries(patch)) set(key as never, value as never);
          }}
          errors={errors}
          sources={sources}
          organisations={organisations}
          unit={unit}
        />
      </fieldset>
      <FormActions saving={saving} target={target} listHref={cancelHref} notes={changeNotes} errors={errors} />
    </form>
  );
}

/** Withdraws one published fact, with the reason readers will see in its place. */
export function WithdrawFactForm({
  facts,
  recordId,
  baseVersion,
  factId,
  label,
}: {
  facts: EditableFacts;
  recordId: string;
  baseVersion: number;
  factId: string;
  label: string;
}) {
  const { recordType, list, noun } = EDITABLE_FACTS[facts];
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const { pending, whilePending } = usePending();
  return (
    <form
      className="form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (reason.trim() === '') {
          setErrors({ 'notes.publicNote': '请填写公开的撤回原因' });
          return;
        }
        if (!window.confirm(`撤回“${label}”？获批后它将从公开网站上消失，原来的位置显示撤回原因。`)) return;
        const result = await whilePending(() =>
          saveFactChangeAction({
            recordType,
            recordId,
            baseVersion,
            list,
            factId,
            fact: null,
            notes: { publicNote: reason },
          }),
        );
        if (result.ok) {
          router.push(`/admin/changes/${result.value.id}`);
          return;
        }
        setErrors(result.fieldErrors);
        setMessage(result.message);
      }}
    >
      {message && (
        <p className="form__error" role="alert">
          {message}
        </p>
      )}
      <TextField
        label="撤回原因（公开）"
        path="notes.publicNote"
        value={reason}
        onChange={(value) => {
          setReason(value);
          setErrors({});
        }}
        errors={errors}
        rows={2}
        hint="例如“与另一来源重复，以年鉴数据为准”。"
      />
      <button type="submit" className="button button--danger" disabled={pending}>
        {pending ? '正在保存…' : `申请撤回此${noun}`}
      </button>
    </form>
  );
}
