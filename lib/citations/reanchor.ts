import { anchorFromIndex, verifyAnchorInIndex } from './anchor';
import { findOccurrences, prefixAgrees, suffixAgrees, type Occurrence } from './occurrences';
import { displayQuote, listSpans } from './quote-display';
import { buildTextIndex, codePointLength, type TextIndex } from './text-index';
import type { TextQuoteAnchor, TextSpan } from './types';

export type ReanchorResult =
  | { status: 'unchanged'; anchor: TextQuoteAnchor }
  | { status: 'relocated'; anchor: TextQuoteAnchor; previous: TextSpan }
  | {
      status: 'orphaned';
      code: 'QUOTE_NOT_FOUND' | 'CONTEXT_MISMATCH' | 'AMBIGUOUS';
      message: string;
      candidates: TextSpan[];
    };

/**
 * Moves an anchor made on an old version of a document onto `newText`. Only exact
 * (whitespace-insensitive) occurrences whose prefix or suffix still agrees are accepted.
 */
export function reanchor(newText: string, anchor: TextQuoteAnchor): ReanchorResult {
  const index = buildTextIndex(newText);
  if (verifyAnchorInIndex(index, anchor).ok) {
    return { status: 'unchanged', anchor };
  }
  const previous: TextSpan = { start: anchor.start, end: anchor.end };
  const shown = displayQuote(anchor.exact);
  const occurrences = findOccurrences(index, anchor.exact);
  if (occurrences.length === 0) {
    return {
      status: 'orphaned',
      code: 'QUOTE_NOT_FOUND',
      message: `quote ${shown} (was at ${anchor.start}..${anchor.end}) not found in the new text`,
      candidates: [],
    };
  }

  const scored = occurrences
    .map((occurrence) => ({ occurrence, agreeing: countAgreeingContexts(index, occurrence, anchor) }))
    .filter((candidate) => candidate.agreeing > 0);
  if (scored.length === 0) {
    const spans = occurrences.map((occurrence) => occurrence.span);
    return {
      status: 'orphaned',
      code: 'CONTEXT_MISMATCH',
      message: `quote ${shown} occurs ${spans.length} time(s) in the new text (at ${listSpans(spans)}) but neither its prefix nor its suffix agrees there`,
      candidates: spans,
    };
  }

  const bestAgreement = Math.max(...scored.map((candidate) => candidate.agreeing));
  const best = scored
    .filter((candidate) => candidate.agreeing === bestAgreement)
    .map((candidate) => candidate.occurrence);
  const nearest = nearestTo(best, anchor.start);
  const [winner] = nearest;
  if (winner === undefined || nearest.length > 1) {
    const spans = nearest.map((occurrence) => occurrence.span);
    return {
      status: 'orphaned',
      code: 'AMBIGUOUS',
      message: `quote ${shown} fits equally well at ${listSpans(spans)}, equally near its old start ${anchor.start}`,
      candidates: spans,
    };
  }
  return { status: 'relocated', anchor: anchorFromIndex(index, winner.span), previous };
}

/** 0, 1 or 2: how many of the anchor's prefix and suffix agree with the occurrence. */
function countAgreeingContexts(index: TextIndex, occurrence: Occurrence, anchor: TextQuoteAnchor): number {
  const prefixLength = codePointLength(anchor.prefix);
  // A prefix shorter than its offset allows was cut by the start of the old document.
  const prefixReachedStart = anchor.start <= prefixLength;
  // buildAnchor cuts prefix and suffix to the same length, so a suffix shorter than the
  // prefix was cut by the end of the old document (when both are cut we cannot tell).
  const suffixReachedEnd = codePointLength(anchor.suffix) < prefixLength;
  return (
    Number(prefixAgrees(index, occurrence, anchor.prefix, prefixReachedStart)) +
    Number(suffixAgrees(index, occurrence, anchor.suffix, suffixReachedEnd))
  );
}

function nearestTo(occurrences: Occurrence[], oldStart: number): Occurrence[] {
  const distance = (occurrence: Occurrence) => Math.abs(occurrence.span.start - oldStart);
  const smallest = Math.min(...occurrences.map(distance));
  return occurrences.filter((occurrence) => distance(occurrence) === smallest);
}
