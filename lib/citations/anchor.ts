import { locateQuote, type LocateFailure, type LocateOptions } from './locate';
import { displayQuote } from './quote-display';
import { buildTextIndex, codePointCount, sliceSpan, type TextIndex } from './text-index';
import type { TextQuoteAnchor, TextSpan } from './types';

export const DEFAULT_CONTEXT_LENGTH = 32;

/** Throws a RangeError for a span that does not lie within the text: that is a caller bug, not a data problem. */
export function buildAnchor(
  documentText: string,
  span: TextSpan,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): TextQuoteAnchor {
  return anchorFromIndex(buildTextIndex(documentText), span, contextLength);
}

export function anchorFromIndex(
  index: TextIndex,
  span: TextSpan,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): TextQuoteAnchor {
  const length = codePointCount(index);
  if (!isSpanWithin(span, length)) {
    throw new RangeError(`span ${span.start}..${span.end} is not within the text (0..${length})`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`contextLength must be a non-negative integer, got ${contextLength}`);
  }
  return {
    exact: sliceSpan(index, span),
    prefix: sliceSpan(index, { start: Math.max(0, span.start - contextLength), end: span.start }),
    suffix: sliceSpan(index, { start: span.end, end: Math.min(length, span.end + contextLength) }),
    start: span.start,
    end: span.end,
  };
}

export function anchorQuote(
  documentText: string,
  quote: string,
  options?: LocateOptions,
): { ok: true; anchor: TextQuoteAnchor } | LocateFailure {
  const located = locateQuote(documentText, quote, options);
  if (!located.ok) {
    return located;
  }
  return { ok: true, anchor: buildAnchor(documentText, located.span) };
}

export type VerifyResult =
  { ok: true } | { ok: false; code: 'OFFSETS_OUT_OF_RANGE' | 'TEXT_MISMATCH'; message: string; found?: string };

/** Byte-for-byte check that the anchor's offsets still select its exact text. */
export function verifyAnchor(documentText: string, anchor: TextQuoteAnchor): VerifyResult {
  return verifyAnchorInIndex(buildTextIndex(documentText), anchor);
}

export function verifyAnchorInIndex(index: TextIndex, anchor: TextQuoteAnchor): VerifyResult {
  const length = codePointCount(index);
  if (!isSpanWithin(anchor, length)) {
    return {
      ok: false,
      code: 'OFFSETS_OUT_OF_RANGE',
      message: `offsets ${anchor.start}..${anchor.end} of quote ${displayQuote(anchor.exact)} are outside the document (0..${length})`,
    };
  }
  const found = sliceSpan(index, anchor);
  if (found !== anchor.exact) {
    return {
      ok: false,
      code: 'TEXT_MISMATCH',
      message: `offsets ${anchor.start}..${anchor.end} select ${displayQuote(found)}, not quote ${displayQuote(anchor.exact)}`,
      found,
    };
  }
  return { ok: true };
}

function isSpanWithin(span: TextSpan, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    0 <= span.start &&
    span.start <= span.end &&
    span.end <= length
  );
}
