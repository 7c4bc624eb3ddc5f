import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecordForm } from '@/components/admin/record-form';
import { formOptions } from '@/lib/admin/queries';
import { sections } from '@/lib/admin/sections';
import { requirePagePermission } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: '新建 · 后台', robots: { index: false } };

export default async function NewRecordPage({ params }: { params: Promise<{ section: string }> }) {
  const { section: name } = await params;
  await requirePagePermission('record.edit', `/admin/${name}/new`);
  const section = Object.hasOwn(sections, name) ? sections[name]! : notFound();
  const choices = await formOptions();
  return (
    <>
      <h1>{section.newLabel}</h1>
      <p className="lead">保存后成为草稿；提交审核并获另一人批准后才会公开。</p>
      <RecordForm recordType={section.recordType} initial={null} target={{ kind: 'new' }} choices={choices} />
    </>
  );
}
