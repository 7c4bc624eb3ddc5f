import Link from 'next/link';
import type { SourceCitation } from '@/lib/public/sources';
import { segmentSource } from '@/lib/public/source-segments';

/**
 * The full text with every cited passage highlighted. Each citation has an anchor
 * (#cite-<id>); when it is the URL's target, CSS :has() emphasises all its segments and its
 * note, so a citation link works with plain HTML, without JavaScript.
 */
export function SourceText({ text, citations }: { text: string; citations: SourceCitation[] }) {
  const numbers = new Map(citations.map((c, index) => [c.id, index + 1]));
  const byId = new Map(citations.map((c) => [c.id, c]));
  const paragraphs = segmentSource(text, citations);
  const emphasis = citations
    .map((c) => `.source-text:has(#cite-${c.id}:target) :is(.c-${c.id}, #note-${c.id})`)
    .join(',\n');
  return (
    <div className="source-text">
      {/* Selectors are built from database ids (UUIDs), never from user text. */}
      {citations.length > 0 && <style>{`${emphasis} { background: #ffd54a; outline: 2px solid #b58100; }`}</style>}
      {paragraphs.map((paragraph) => {
        const noted = citations.filter((c) => c.start >= paragraph.start && c.start < paragraph.end);
        return (
          <div key={paragraph.start} className="source-paragraph">
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
