import Link from 'next/link';
import type { SourceCitation } from '@/lib/public/sources';
import { segmentSource } from '@/lib/public/source-segments';
import { pageAt } from '@/lib/sources/pages';

const debrisLabel = {
  'page-number': '排版残留：页码',
  fragment: '排版残留：拆开的标题字',
  doubled: '排版残留：重复印出的标题',
} as const;

/**
 * The full text with every cited passage highlighted. Layout debris of the extraction (page
 * numbers, split or doubled headlines) is dimmed and set inline, out of the reading flow. Each citation has an anchor
 * (#cite-<id>); when it is the URL's target, CSS :has() emphasises all its segments and its
 * note, so a citation link works with plain HTML, without JavaScript. A PDF original's pages are
 * marked where they begin (第 3 页), and each note says the page of its passage.
 */
export function SourceText({
  text,
  citations,
  pageStarts = [],
  exact = false,
}: {
  text: string;
  citations: SourceCitation[];
  pageStarts?: readonly number[];
  /** Every character as extracted, line breaks included, instead of the reflowed reading view. */
  exact?: boolean;
}) {
  const numbers = new Map(citations.map((c, index) => [c.id, index + 1]));
  const byId = new Map(citations.map((c) => [c.id, c]));
  const paragraphs = segmentSource(text, citations, { exact });
  const emphasis = citations
    .map((c) => `.source-text:has(#cite-${c.id}:target) :is(.c-${c.id}, #note-${c.id})`)
    .join(',\n');
  return (
    <div className={exact ? 'source-text source-text--exact' : 'source-text'}>
      {/* Selectors are built from database ids (UUIDs), never from user text. */}
      {citations.length > 0 && <style>{`${emphasis} { background: #ffd54a; outline: 2px solid #b58100; }`}</style>}
      {paragraphs.map((paragraph, index) => {
        const noted = citations.filter((c) => c.start >= paragraph.start && c.start < paragraph.end);
        const page = pageAt(pageStarts, paragraph.start);
        const newPage = page !== null && (index === 0 || pageAt(pageStarts, paragraphs[index - 1]!.start) !== page);
        return (
          <div
            key={paragraph.start}
            className={paragraph.kind === 'text' ? 'source-paragraph' : 'source-paragraph source-paragraph--debris'}
            title={paragraph.kind === 'text' ? undefined : debrisLabel[paragraph.kind]}
          >
            {newPage && (
              <p className="source-page-mark" id={`page-${page}`}>
                第 {page} 页
              </p>
            )}
            <p>
              {paragraph.segments.map((segment) => {
                const anchors = segment.starts.map((id) => <span key={id} id={`cite-${id}`} className="cite-anchor" />);
                if (segment.citationIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
                return (
                  <span key={segment.start}>
                    {anchors}
                    <mark className={segment.citationIds.map((id) => `c-${id}`).join(' ')}>{segment.text}</mark>
                    {segment.ends.map((id) => (
                      <sup key={id} className="cite-number">
                        <a
                          href={`#note-${id}`}
                          aria-label={`引文${numbers.get(id)}：${byId.get(id)?.citedBy.label ?? ''}`}
                        >
                          [{numbers.get(id)}]
                        </a>
                      </sup>
                    ))}
                  </span>
                );
              })}
            </p>
            {noted.length > 0 && (
              <ul className="cited-by" aria-label="本段引文被以下数据引用">
                {noted.map((c) => (
                  <li key={c.id} id={`note-${c.id}`}>
                    <span className="cited-by__number">[{numbers.get(c.id)}]</span>
                    <span className="cited-by__kind">{c.citedBy.kind}</span>
                    <Link href={c.citedBy.href}>{c.citedBy.label}</Link>
                    {pageStarts.length > 0 && <span className="muted">（第 {pageAt(pageStarts, c.start)} 页）</span>}
                    <Link
                      className="cited-by__cite"
                      href={`/citations/${c.id}/cite`}
                      aria-label={`引用此数据：${c.citedBy.label}`}
                    >
                      引用
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
