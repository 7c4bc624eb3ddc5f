import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProjectForm } from '@/components/admin/project-form';
import { adminHistoryPath } from '@/lib/admin/paths';
import { formOptions, loadRecord } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { isUuid } from '@/lib/ids/uuid';
import type { ProjectDraft } from '@/lib/records/project/schema';

export const metadata: Metadata = { title: '编辑项目 · 后台', robots: { index: false } };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission('record.edit', `/admin/projects/${id}/edit`);
  if (!isUuid(id)) notFound();
  const [record, choices] = await Promise.all([loadRecord('PROJECT', id), formOptions()]);
  if (!record) notFound();
  const project = record.data as ProjectDraft;
  return (
    <>
      <h1>编辑项目：{project.name}</h1>
      <p className="lead">
        您的修改保存为草稿，经另一位审核人批准后才会替换公开的版本（当前第 {record.version} 版）。
        <Link href={adminHistoryPath('PROJECT', id)}>查看历史版本</Link>
      </p>
      <ProjectForm
        initial={project}
        target={{ kind: 'record', recordId: id, baseVersion: record.version }}
        {...choices}
      />
    </>
  );
}
