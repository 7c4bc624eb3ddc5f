import { sourceDateZh } from '@/lib/sources/dating';
import type { CitationMarkerData } from '@/lib/public/citations';

/**
 * A numbered marker next to a figure. Hover or keyboard focus shows the quote, the source title,
 * publisher and date (pure CSS); following the link opens the source with the passage highlighted.
 */
export function CitationMarkers({
  citations,
  numbers,
  repeated,
}: {
  citations: CitationMarkerData[];
  numbers: Map<string, number>;
  /** Citations shown earlier in the same card: on a phone their quote is not written out again. */
  repeated?: Set<string>;
}) {
  return (
    <span className="cite-markers">
      {citations.map((citation) => {
        const document = citation.sourceVersion.document;
        const origin = [document.publisher, sourceDateZh(document)].filter(Boolean).join('，');
        const number = numbers.get(citation.id) ?? 0;
        return (
          <span key={citation.id} className={repeated?.has(citation.id) ? 'cite cite--repeat' : 'cite'}>
            <a
              className="cite__link"
              href={`/sources/${document.slug}#cite-${citation.id}`}
              aria-describedby={`tip-${citation.id}`}
              aria-label={`出处${number}`}
            >
              [{number}]
            </a>
            <span role="tooltip" id={`tip-${citation.id}`} className="cite__tip">
              <q>{citation.exact.replace(/\s+/g, '')}</q>
              <span className="cite__source">
                {document.title}（{origin}）
              </span>
            </span>
          </span>
        );
      })}
    </span>
  );
}

/** Numbers citations in the order a page shows them; a citation shown twice keeps its number. */
export function numberCitations(lists: Array<Array<{ id: string }>>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const list of lists) for (const { id } of list) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}
