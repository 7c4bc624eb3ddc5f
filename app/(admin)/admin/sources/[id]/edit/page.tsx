import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SourceForm } from '@/components/admin/source-form';
import { adminHistoryPath } from '@/lib/admin/paths';
import { loadRecord } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { isUuid } from '@/lib/ids/uuid';
import type { SourceRecord } from '@/lib/sources/schema';

export const metadata: Metadata = { title: '编辑原始文件信息 · 后台', robots: { index: false } };

/** A source document's provenance, edited as a change for review (its text is imported, never edited). */
export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission('record.edit', `/admin/sources/${id}/edit`);
  if (!isUuid(id)) notFound();
  const record = await loadRecord('SOURCE_DOCUMENT', id);
  if (!record) notFound();
  const data = record.data as SourceRecord;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/sources">原始文件</Link> › <Link href={`/admin/sources/${id}`}>{data.title}</Link> › 编辑信息
      </p>
      <h1>编辑原始文件信息：{data.title}</h1>
      <p className="lead">
        出处信息的修改保存为草稿，经另一位审核人批准后公开（当前第 {record.version}{' '}
        版）。原文未写明的项目请留空，读者会看到“未注明”。
        <Link href={adminHistoryPath('SOURCE_DOCUMENT', id)}>查看历史版本</Link>
      </p>
      <SourceForm initial={data} target={{ kind: 'record', recordId: id, baseVersion: record.version }} />
    </>
  );
}
