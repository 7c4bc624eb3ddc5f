// On a change to a source document: the text the reviewer approves by approving the change, as a
// diff against the approved text it replaces, or whole for a document's first version.
import Link from 'next/link';
import { diffTexts } from '@/lib/sources/text-diff';
import { SourceTextDiff } from './source-text-diff';

type Version = { documentId: string; number: number; text: string; charCount: number };

export function SourceVersionReview({ proposed, approved }: { proposed: Version; approved: Version | null }) {
  const readLink = (
    <Link href={`/admin/sources/${proposed.documentId}/versions/${proposed.number}`}>
      阅读第 {proposed.number} 版全文（{proposed.charCount.toLocaleString('zh-CN')} 字）
    </Link>
  );
  return (
    <section aria-labelledby="source-text-title">
      <h2 id="source-text-title">批准后公开的文本</h2>
      <p>
        批准这项修改即批准第 {proposed.number} 版的全部文本，其中没有被任何引文引用的内容也会公开。{readLink}
      </p>
      {approved ? (
        <SourceTextDiff
          diff={diffTexts(approved.text, proposed.text)}
          before={`已批准的第 ${approved.number} 版`}
          after={`第 ${proposed.number} 版`}
        />
      ) : (
        <details className="source-version-details">
          <summary>在此展开全文</summary>
          <div className="source-version-text" lang="zh-CN">
            {proposed.text}
          </div>
        </details>
      )}
    </section>
  );
}
