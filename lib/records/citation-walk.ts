// Walks a record's form data for its citations, wherever they sit (record, observations, measures…).
import type { CitationInput } from './fields';

/** The record's data with every citation replaced by what `map` returns. */
export function mapCitations(value: unknown, map: (citation: CitationInput) => CitationInput): unknown {
  if (Array.isArray(value)) return value.map((item) => mapCitations(item, map));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === 'citations' && Array.isArray(inner) ? (inner as CitationInput[]).map(map) : mapCitations(inner, map),
    ]),
  );
}

/** Every citation in the record's data. */
export function listCitations(value: unknown): CitationInput[] {
  const found: CitationInput[] = [];
  mapCitations(value, (citation) => {
    found.push(citation);
    return citation;
  });
  return found;
}
