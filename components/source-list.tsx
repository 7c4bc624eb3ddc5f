import Link from 'next/link';
import { SourceMeta, type SourceMetaData } from '@/components/source-meta';

type SourceListItem = SourceMetaData & { slug: string; title: string };

export function SourceList({ sources }: { sources: SourceListItem[] }) {
  if (sources.length === 0) return <p className="empty">暂无已发布的原始文件。</p>;
  return (
    <ol className="source-list">
      {sources.map((source) => (
        <li key={source.slug} className="source-list__item">
          <h3 className="source-list__title">
            <Link href={`/sources/${source.slug}`}>{source.title}</Link>
          </h3>
          <SourceMeta source={source} />
        </li>
      ))}
    </ol>
  );
}
