import type { Metadata } from 'next';
import { MetricForm } from '@/components/admin/metric-form';
import { formOptions } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: '新建指标 · 后台', robots: { index: false } };

export default async function NewMetricPage() {
  await requirePagePermission('record.edit', '/admin/metrics/new');
  const choices = await formOptions();
  return (
    <>
      <h1>新建指标</h1>
      <p className="lead">保存后成为草稿；提交审核并获批准后才会公开。</p>
      <MetricForm initial={null} target={{ kind: 'new' }} {...choices} />
    </>
  );
}
