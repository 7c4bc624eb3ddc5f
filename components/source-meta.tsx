import { sourceKindLabel } from '@/lib/labels';
import type { DatePrecision, SourceKind } from '@/lib/generated/prisma/enums';
import { sourceDateZh } from '@/lib/sources/dating';

export type SourceMetaData = {
  kind: SourceKind;
  byline: string | null;
  publisher: string | null;
  statedDate: Date | null;
  statedDatePrecision: DatePrecision | null;
  estimatedDate: Date | null;
  estimatedDatePrecision: DatePrecision | null;
  datingNote: string | null;
  currentVersion: { charCount: number } | null;
};

export type SourceProvenance = SourceMetaData & {
  originalUrl: string | null;
  retrievedOn: Date | null;
  language: string;
  rightsNote: string | null;
  currentVersion: { charCount: number; sha256: string } | null;
};

const LANGUAGE_NAMES: Record<string, string> = { 'zh-CN': '简体中文', zh: '中文', en: '英文' };

/** Kind, author, publisher, date and length: 未注明 where the document does not say. */
export function SourceMeta({ source, citationCount }: { source: SourceMetaData; citationCount?: number }) {
  return (
    <>
      <p className="source-meta">
        <span className="badge">{sourceKindLabel[source.kind]}</span>
        <span>作者：{source.byline ?? '未注明'}</span>
        <span>发布机构：{source.publisher ?? '未注明'}</span>
        <span>
          发布日期：
          {source.statedDate ? (
            <time dateTime={source.statedDate.toISOString().slice(0, 10)}>{sourceDateZh(source)}</time>
          ) : (
            sourceDateZh(source)
          )}
        </span>
        {source.currentVersion && <span>{source.currentVersion.charCount.toLocaleString('zh-CN')} 字</span>}
        {citationCount !== undefined && <span>{citationCount} 处引文</span>}
      </p>
      {source.datingNote && <p className="source-note">{source.datingNote}</p>}
    </>
  );
}

/** The rest of where a document comes from, on its own page: address, retrieval, language, rights, checksum. */
export function SourceProvenanceList({ source }: { source: SourceProvenance }) {
  return (
    <details className="source-provenance">
      <summary>出处信息</summary>
      <dl>
        <div>
          <dt>原文网址</dt>
          <dd>
            {source.originalUrl ? (
              <a href={source.originalUrl} rel="noopener noreferrer nofollow">
                {source.originalUrl}
              </a>
            ) : (
              '未注明'
            )}
          </dd>
        </div>
        <div>
          <dt>获取日期</dt>
          <dd>{source.retrievedOn ? source.retrievedOn.toISOString().slice(0, 10) : '未注明'}</dd>
        </div>
        <div>
          <dt>语言</dt>
          <dd>{LANGUAGE_NAMES[source.language] ?? source.language}</dd>
        </div>
        <div>
          <dt>版权说明</dt>
          <dd>{source.rightsNote ?? '未注明'}</dd>
        </div>
        {source.currentVersion && (
          <div>
            <dt>文本 SHA-256</dt>
            <dd>
              <code className="hash">{source.currentVersion.sha256}</code>
            </dd>
          </div>
        )}
      </dl>
    </details>
  );
}
