'use client';
// Add or correct one observation of a metric, or withdraw it: a change that touches just that fact.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveFactChangeAction } from '@/app/(admin)/admin/changes/actions';
import { observationSchema, type ObservationDraft } from '@/lib/records/metric/schema';
import type { SourceChoice } from './citation-picker';
import { FormActions, FormMessageBox } from './form-parts';
import { newObservation, ObservationFields } from './observation-fields';
import { TextField } from './text-field';
import { useRecordForm } from './use-record-form';

type Props = {
  metricId: string;
  baseVersion: number;
  unit: string;
  /** The observation as published; null to add a new one. */
  observation: ObservationDraft | null;
  sources: SourceChoice[];
};

export function ObservationFactForm({ metricId, baseVersion, unit, observation, sources }: Props) {
  const factId = observation?.id ?? null;
  const target = { kind: 'record' as const, recordId: metricId, baseVersion };
  const { draft, set, errors, message, saving, onSubmit, changeNotes } = useRecordForm({
    recordType: 'METRIC',
    schema: observationSchema,
    initial: observation ?? newObservation(),
    target,
    save: (fact, notes) =>
      saveFactChangeAction({
        recordType: 'METRIC',
        recordId: metricId,
        baseVersion,
        list: 'observations',
        factId,
        fact,
        notes,
      }),
  });
  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate>
      <FormMessageBox message={message} />
      <fieldset className="record-form__group">
        <legend>{factId ? '修改这个观测值' : '新的观测值'}</legend>
        <ObservationFields
          observation={draft}
          path=""
          onChange={(patch) => {
            for (const [key, value] of Object.entries(patch)) set(key as keyof ObservationDraft, value as never);
          }}
          errors={errors}
          sources={sources}
          unit={unit}
        />
      </fieldset>
      <FormActions
        saving={saving}
        target={target}
        listHref={`/admin/metrics/${metricId}/edit`}
        notes={changeNotes}
        errors={errors}
      />
    </form>
  );
}

/** Withdraws one published observation, with the reason readers will see in its place. */
export function WithdrawObservationForm({
  metricId,
  baseVersion,
  observationId,
  label,
}: {
  metricId: string;
  baseVersion: number;
  observationId: string;
  label: string;
}) {
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
          recordType: 'METRIC',
          recordId: metricId,
          baseVersion,
          list: 'observations',
          factId: observationId,
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
        {pending ? '正在保存…' : '申请撤回此观测值'}
      </button>
    </form>
  );
}
