import type { Metadata } from 'next';
import { ProjectForm } from '@/components/admin/project-form';
import { formOptions } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: '新建项目 · 后台', robots: { index: false } };

export default async function NewProjectPage() {
  await requirePagePermission('record.edit', '/admin/projects/new');
  const choices = await formOptions();
  return (
    <>
      <h1>新建项目</h1>
      <p className="lead">保存后成为草稿；提交审核并获批准后才会公开。</p>
      <ProjectForm initial={null} target={{ kind: 'new' }} {...choices} />
    </>
  );
}
