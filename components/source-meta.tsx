import { formatPartialDateZh } from '@/lib/dates/partial-date';
import type { DatePrecision, SourceKind } from '@/lib/generated/prisma/enums';
import { sourceKindLabel } from '@/lib/labels';

export type SourceMetaData = {
  kind: SourceKind;
  byline: string | null;
  statedDate: Date | null;
  statedDatePrecision: DatePrecision | null;
  datingNote: string | null;
  currentVersion: { charCount: number } | null;
};

/** Kind, byline, stated date and length; "不详" where the document does not say. */
export function SourceMeta({ source, citationCount }: { source: SourceMetaData; citationCount?: number }) {
  return (
    <>
      <p className="source-meta">
        <span className="badge">{sourceKindLabel[source.kind]}</span>
        <span>{source.byline ? `作者：${source.byline}` : '作者不详'}</span>
        {source.statedDate && source.statedDatePrecision ? (
          <span>
            发布日期：
            <time dateTime={source.statedDate.toISOString().slice(0, 10)}>
              {formatPartialDateZh({ date: source.statedDate, precision: source.statedDatePrecision })}
            </time>
          </span>
        ) : (
          <span>发布日期不详</span>
        )}
        {source.currentVersion && <span>{source.currentVersion.charCount.toLocaleString('zh-CN')} 字</span>}
        {citationCount !== undefined && <span>{citationCount} 处引文</span>}
      </p>
      {source.datingNote && <p className="source-note">{source.datingNote}</p>}
    </>
  );
}
