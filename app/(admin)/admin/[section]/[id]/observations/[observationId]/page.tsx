import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ObservationFactForm, WithdrawObservationForm } from '@/components/admin/observation-fact-form';
import { formOptions, loadRecord } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { isUuid } from '@/lib/ids/uuid';
import type { MetricDraft } from '@/lib/records/metric/schema';

export const metadata: Metadata = { title: '修改一个观测值 · 后台', robots: { index: false } };

type Props = { params: Promise<{ section: string; id: string; observationId: string }> };

/** One observation of a metric, on its own: add (observationId "new"), correct or withdraw it. */
export default async function ObservationPage({ params }: Props) {
  const { section, id, observationId } = await params;
  await requirePagePermission('record.edit', `/admin/${section}/${id}/observations/${observationId}`);
  if (section !== 'metrics' || !isUuid(id) || (observationId !== 'new' && !isUuid(observationId))) notFound();
  const [record, choices] = await Promise.all([loadRecord('METRIC', id), formOptions()]);
  if (!record) notFound();
  const metric = record.data as MetricDraft;
  const observation = observationId === 'new' ? null : metric.observations.find((o) => o.id === observationId);
  if (observation === undefined) notFound();
  const label = observation ? `${observation.periodLabel} ${observation.value}${metric.unit}` : '';
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/metrics">指标</Link> › <Link href={`/admin/metrics/${id}/edit`}>{metric.nameZh}</Link> ›{' '}
        {observation ? observation.periodLabel : '添加观测值'}
      </p>
      <h1>
        {observation ? `修改观测值：${metric.nameZh} ${observation.periodLabel}` : `添加观测值：${metric.nameZh}`}
      </h1>
      <p className="lead">
        只修改这一个观测值，指标的其他内容保持公开版本（第 {record.version}{' '}
        版）不变。保存为草稿，经另一位审核人批准后公开。
      </p>
      <ObservationFactForm
        metricId={id}
        baseVersion={record.version}
        unit={metric.unit}
        observation={observation}
        sources={choices.sources}
      />
      {observation && (
        <>
          <h2>撤回这个观测值</h2>
          <WithdrawObservationForm
            metricId={id}
            baseVersion={record.version}
            observationId={observation.id!}
            label={label}
          />
        </>
      )}
    </>
  );
}
