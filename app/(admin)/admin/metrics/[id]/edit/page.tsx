import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MetricForm } from '@/components/admin/metric-form';
import { adminHistoryPath } from '@/lib/admin/paths';
import { formOptions, loadRecord } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { isUuid } from '@/lib/ids/uuid';
import type { MetricDraft } from '@/lib/records/metric/schema';

export const metadata: Metadata = { title: '编辑指标 · 后台', robots: { index: false } };

export default async function EditMetricPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission('record.edit', `/admin/metrics/${id}/edit`);
  if (!isUuid(id)) notFound();
  const [record, choices] = await Promise.all([loadRecord('METRIC', id), formOptions()]);
  if (!record) notFound();
  const metric = record.data as MetricDraft;
  return (
    <>
      <h1>编辑指标：{metric.nameZh}</h1>
      <p className="lead">
        您的修改保存为草稿，经另一位审核人批准后才会替换公开的版本（当前第 {record.version} 版）。
        <Link href={adminHistoryPath('METRIC', id)}>查看历史版本</Link>
      </p>
      <MetricForm
        initial={metric}
        target={{ kind: 'record', recordId: id, baseVersion: record.version }}
        {...choices}
      />
    </>
  );
}
