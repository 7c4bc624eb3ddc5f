'use client';
// Add or correct one fact of a record (an observation of a metric, a measure or milestone of a
// project), or withdraw it: a change that touches just that fact.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { saveFactChangeAction } from '@/app/(admin)/admin/changes/actions';
import { EDITABLE_FACT_LISTS, type EditableFactList } from '@/lib/records/fact-lists';
import { emptyObservation, observationSchema, type ObservationDraft } from '@/lib/records/metric/schema';
import {
  emptyMeasure,
  emptyMilestone,
  projectMeasureSchema,
  projectMilestoneSchema,
} from '@/lib/records/project/schema';
import type { SourceChoice } from './citation-picker';
import { FormActions, FormMessageBox } from './form-parts';
import { ObservationFields } from './observation-fields';
import { MeasureFields, MilestoneFields, type MeasureDraft, type MilestoneDraft } from './project-fact-fields';
import { TextField } from './text-field';
import { useRecordForm } from './use-record-form';

type FieldsProps<T> = {
  fact: T;
  onChange: (patch: Partial<T>) => void;
  errors: Record<string, string>;
  sources: SourceChoice[];
  unit: string;
};

type FactKind<T> = {
  schema: z.ZodType<T, unknown>;
  empty: () => T;
  Fields: (props: FieldsProps<T>) => React.ReactNode;
};

const factKinds: {
  [L in EditableFactList]: FactKind<
    L extends 'observations' ? ObservationDraft : L extends 'measures' ? MeasureDraft : MilestoneDraft
  >;
} = {
  observations: {
    schema: observationSchema,
    empty: emptyObservation,
    Fields: ({ fact, ...props }) => <ObservationFields observation={fact} path="" {...props} />,
  },
  measures: {
    schema: projectMeasureSchema,
    empty: emptyMeasure,
    Fields: ({ unit: _unit, ...props }) => <MeasureFields path="" {...props} />,
  },
  milestones: {
    schema: projectMilestoneSchema,
    empty: emptyMilestone,
    Fields: ({ unit: _unit, ...props }) => <MilestoneFields path="" {...props} />,
  },
};

type Props = {
  list: EditableFactList;
  recordId: string;
  baseVersion: number;
  /** The record's unit, for an observation's value check. */
  unit: string;
  /** The fact as published; null to add a new one. */
  fact: object | null;
  sources: SourceChoice[];
  cancelHref: string;
};

export function FactForm({ list, recordId, baseVersion, unit, fact, sources, cancelHref }: Props) {
  const kind = factKinds[list] as FactKind<object>;
  const { recordType, noun } = EDITABLE_FACT_LISTS[list];
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
          unit={unit}
        />
      </fieldset>
      <FormActions saving={saving} target={target} listHref={cancelHref} notes={changeNotes} errors={errors} />
    </form>
  );
}

/** Withdraws one published fact, with the reason readers will see in its place. */
export function WithdrawFactForm({
  list,
  recordId,
  baseVersion,
  factId,
  label,
}: {
  list: EditableFactList;
  recordId: string;
  baseVersion: number;
  factId: string;
  label: string;
}) {
  const { recordType, noun } = EDITABLE_FACT_LISTS[list];
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
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
        setPending(true);
        const result = await saveFactChangeAction({
          recordType,
          recordId,
          baseVersion,
          list,
          factId,
          fact: null,
          notes: { publicNote: reason },
        }).finally(() => setPending(false));
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
