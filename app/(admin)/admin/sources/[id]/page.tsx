import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SourceVersionForm } from '@/components/admin/source-version-form';
import { getSourceForAdmin } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/permissions';
import { formatDateTimeZh } from '@/lib/format/date-time';
import { isUuid } from '@/lib/ids/uuid';
import { changeStatusLabel, sourceKindLabel } from '@/lib/labels';

export const metadata: Metadata = { title: '原始文件 · 后台', robots: { index: false } };

export default async function AdminSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Reviewers read every version here: they approve the text that goes public.
  const user = await requirePagePermission('admin.access', `/admin/sources/${id}`);
  if (!isUuid(id)) notFound();
  const source = await getSourceForAdmin(id);
  if (!source) notFound();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/sources">原始文件</Link> › {source.title}
      </p>
      <div className="page-head">
        <h1>{source.title}</h1>
        <Link className="button button--primary" href={`/admin/sources/${source.id}/desk`}>
          事实台
        </Link>
        {can(user.role, 'record.edit') && (
          <Link className="button" href={`/admin/sources/${source.id}/edit`}>
            编辑出处信息
          </Link>
        )}
      </div>
      <dl className="change-facts">
        <div>
          <dt>类型</dt>
          <dd>{sourceKindLabel[source.kind]}</dd>
        </div>
        <div>
          <dt>状态</dt>
          <dd>
            {source.status === 'PUBLISHED' ? (
              <Link href={`/sources/${source.slug}`}>已公开</Link>
            ) : (
              '草稿：文本经审核批准后公开'
            )}
          </dd>
        </div>
      </dl>
      <h2>版本</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">版本</th>
              <th scope="col">审核</th>
              <th scope="col">文件名</th>
              <th scope="col">字数</th>
              <th scope="col">引文</th>
              <th scope="col">导入于</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {source.versions.map((version) => (
              <tr key={version.id} aria-current={version.id === source.currentVersionId ? 'true' : undefined}>
                <td>
                  <Link href={`/admin/sources/${source.id}/versions/${version.number}`}>第 {version.number} 版</Link>
                  {version.id === source.currentVersionId && source.status === 'PUBLISHED' && '（公开）'}
                </td>
                <td>
                  {version.approvedAt ? (
                    `已批准（${formatDateTimeZh(version.approvedAt)}）`
                  ) : version.proposal ? (
                    <Link href={`/admin/changes/${version.proposal.id}`}>
                      {changeStatusLabel[version.proposal.status]}
                    </Link>
                  ) : (
                    '未提交审核'
                  )}
                </td>
                <td>{version.fileName}</td>
                <td>{version.charCount.toLocaleString('zh-CN')}</td>
                <td>{version._count.citations}</td>
                <td>{formatDateTimeZh(version.importedAt)}</td>
                <td>{version.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        文本只有在审核人批准提出该版本的修改后才会公开；公开版本是已批准的最新版本，但在仍有已发布的引文指向旧版本时保留旧版本，直到这些引文迁移的修改获批。
      </p>
      {can(user.role, 'source.import') && (
        <>
          <h2>导入修订版本</h2>
          <p>
            上传更正后的全文。导入会生成一项提出新版本文本的修改；现有引文会在新文本中重新定位，并为每条受影响的记录生成一项待提交的修改；无法精确定位的引文会列出，需编辑重新选择。公众在这些修改获批之前继续看到当前版本。
          </p>
          <SourceVersionForm documentId={source.id} />
        </>
      )}
    </>
  );
}
