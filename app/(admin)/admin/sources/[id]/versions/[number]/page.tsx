import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SourceTextDiff } from '@/components/admin/source-text-diff';
import { getSourceVersionText } from '@/lib/admin/queries';
import { requirePagePermission } from '@/lib/auth/page-guard';
import { formatDateTimeZh } from '@/lib/format/date-time';
import { isUuid } from '@/lib/ids/uuid';
import { diffTexts } from '@/lib/sources/text-diff';

export const metadata: Metadata = { title: '原始文件版本 · 后台', robots: { index: false } };

/** One version's full text, read-only, with what changed since the version before it. */
export default async function SourceVersionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  await requirePagePermission('admin.access', `/admin/sources/${id}/versions/${number}`);
  if (!isUuid(id) || !/^[1-9]\d{0,5}$/.test(number)) notFound();
  const found = await getSourceVersionText(id, Number(number));
  if (!found) notFound();
  const { version, previous } = found;
  const title = version.document.title;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/sources">原始文件</Link> › <Link href={`/admin/sources/${id}`}>{title}</Link> › 第{' '}
        {version.number} 版
      </p>
      <h1>
        {title}（第 {version.number} 版）
      </h1>
      <dl className="change-facts">
        <div>
          <dt>审核</dt>
          <dd>
            {version.approvedAt
              ? `已批准（${formatDateTimeZh(version.approvedAt)}）${version.id === version.document.currentVersionId ? '，公开中' : ''}`
              : '未批准：不会公开'}
          </dd>
        </div>
        <div>
          <dt>文件</dt>
          <dd>
            {version.fileName} · {version.charCount.toLocaleString('zh-CN')} 字
          </dd>
        </div>
        <div>
          <dt>SHA-256</dt>
          <dd>
            <code className="hash">{version.sha256}</code>
          </dd>
        </div>
        {version.note && (
          <div>
            <dt>修订说明</dt>
            <dd>{version.note}</dd>
          </div>
        )}
      </dl>
      {previous && (
        <>
          <h2>与第 {previous.number} 版的差异</h2>
          <SourceTextDiff
            diff={diffTexts(previous.text, version.text)}
            before={`第 ${previous.number} 版`}
            after={`第 ${version.number} 版`}
          />
        </>
      )}
      <h2>全文</h2>
      <div className="source-version-text" lang="zh-CN">
        {version.text}
      </div>
    </>
  );
}
