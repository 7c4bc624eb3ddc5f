import type { Metadata } from 'next';
import { SourceImportForm } from '@/components/admin/source-import-form';
import { requirePagePermission } from '@/lib/auth/page-guard';

export const metadata: Metadata = { title: '导入新文件 · 后台', robots: { index: false } };

export default async function NewSourcePage() {
  await requirePagePermission('source.import', '/admin/sources/new');
  return (
    <>
      <h1>导入新文件</h1>
      <p className="lead">上传 UTF-8 纯文本文件或粘贴原文。文本按字节原样保存；同样的文本不能重复导入。</p>
      <SourceImportForm />
    </>
  );
}
