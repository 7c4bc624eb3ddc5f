import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RecordForm } from '@/components/admin/record-form';
import { formOptions, getChange } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { isEditable, ownsChange } from '@/lib/changes/rules';
import { isUuid } from '@/lib/ids/uuid';

export const metadata: Metadata = { title: '编辑修改 · 后台', robots: { index: false } };

export default async function EditChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission('record.edit', `/admin/changes/${id}/edit`);
  if (!isUuid(id)) notFound();
  const [change, choices] = await Promise.all([getChange(id), formOptions()]);
  if (!change) notFound();
  if (!ownsChange(user, change)) {
    return (
      <>
        <h1>这是另一位编辑的修改</h1>
        <p>
          只有作者或管理员可以编辑它；您可以在<Link href={`/admin/changes/${id}`}>修改详情</Link>中发表评论。
        </p>
      </>
    );
  }
  if (!isEditable(change)) {
    return (
      <>
        <h1>这项修改不能再编辑</h1>
        <p>
          它已提交审核或已结束。<Link href={`/admin/changes/${id}`}>返回修改详情</Link>
        </p>
      </>
    );
  }
  const target = {
    kind: 'change' as const,
    changeId: change.id,
    changeVersion: change.version,
    recordId: change.recordId,
    notes: { editorNote: change.editorNote ?? '', publicNote: change.publicNote ?? '' },
  };
  return (
    <>
      <h1>编辑修改：{change.title}</h1>
      <RecordForm recordType={change.recordType} initial={change.proposedData} target={target} choices={choices} />
    </>
  );
}
