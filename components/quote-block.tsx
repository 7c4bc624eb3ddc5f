import Link from 'next/link';
import type { CitationMarkerData } from '@/lib/public/citations';

/** A cited passage shown in full, linking to its highlighted place in the source. */
export function QuoteBlock({ citation }: { citation: CitationMarkerData }) {
  const document = citation.sourceVersion.document;
  return (
    <blockquote className="quote">
      <p>{citation.exact.replace(/\s+/g, '')}</p>
      <footer>
        — <Link href={`/sources/${document.slug}#cite-${citation.id}`}>{document.title}</Link>
      </footer>
    </blockquote>
  );
}
