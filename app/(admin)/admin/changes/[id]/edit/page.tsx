import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ProjectForm } from '@/components/admin/project-form';
import { formOptions, getChange } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import type { ProjectDraft } from '@/lib/records/project/schema';

export const metadata: Metadata = { title: '编辑修改 · 后台', robots: { index: false } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export default async function EditChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission('record.edit', `/admin/changes/${id}/edit`);
  if (!UUID.test(id)) notFound();
  const [change, choices] = await Promise.all([getChange(id), formOptions()]);
  if (!change || change.recordType !== 'PROJECT') notFound();
  if (change.status !== 'DRAFT' && change.status !== 'CHANGES_REQUESTED') {
    return (
      <>
        <h1>这项修改不能再编辑</h1>
        <p>
          它已提交审核或已结束。<Link href={`/admin/changes/${id}`}>返回修改详情</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>编辑修改：{change.title}</h1>
      <ProjectForm
        initial={change.proposedData as ProjectDraft}
        target={{ kind: 'change', changeId: change.id, changeVersion: change.version, recordId: change.recordId }}
        {...choices}
      />
    </>
  );
}
