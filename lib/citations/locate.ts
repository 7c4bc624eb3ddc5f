import { findOccurrences, prefixAgrees, suffixAgrees, type Occurrence } from './occurrences';
import { displayQuote, listSpans } from './quote-display';
import { buildTextIndex, sliceSpan, stripWhitespace, type TextIndex } from './text-index';
import type { TextSpan } from './types';

/** Used only when the quote occurs more than once, to choose one occurrence. */
export type LocateOptions = { start?: number; prefix?: string; suffix?: string };

export type LocateFailure = {
  ok: false;
  code: 'EMPTY_QUOTE' | 'NOT_FOUND' | 'AMBIGUOUS';
  message: string;
  /** Every occurrence of the quote in the document (empty unless AMBIGUOUS). */
  occurrences: TextSpan[];
};

export type LocateResult =
  | {
      ok: true;
      span: TextSpan;
      /** The document's own text in the span, line breaks included. */
      exact: string;
      occurrences: number;
    }
  | LocateFailure;

export function locateQuote(documentText: string, quote: string, options: LocateOptions = {}): LocateResult {
  if (stripWhitespace(quote) === '') {
    return { ok: false, code: 'EMPTY_QUOTE', message: 'quote is empty (or only whitespace)', occurrences: [] };
  }
  const index = buildTextIndex(documentText);
  const occurrences = findOccurrences(index, quote);
  if (occurrences.length === 0) {
    return {
      ok: false,
      code: 'NOT_FOUND',
      message: `quote ${displayQuote(quote)} not found in document`,
      occurrences: [],
    };
  }

  const chosen =
    occurrences.length === 1
      ? occurrences
      : occurrences.filter((occurrence) => fitsOptions(index, occurrence, options));
  const [only] = chosen;
  if (only !== undefined && chosen.length === 1) {
    return { ok: true, span: only.span, exact: sliceSpan(index, only.span), occurrences: occurrences.length };
  }
  const spans = occurrences.map((occurrence) => occurrence.span);
  const where = `quote ${displayQuote(quote)} occurs ${occurrences.length} times (at ${listSpans(spans)})`;
  return { ok: false, code: 'AMBIGUOUS', message: where + explainChoice(options, chosen.length), occurrences: spans };
}

function fitsOptions(index: TextIndex, occurrence: Occurrence, options: LocateOptions): boolean {
  return (
    (options.start === undefined || occurrence.span.start === options.start) &&
    (options.prefix === undefined || prefixAgrees(index, occurrence, options.prefix)) &&
    (options.suffix === undefined || suffixAgrees(index, occurrence, options.suffix))
  );
}

function explainChoice(options: LocateOptions, fitting: number): string {
  const given = [
    options.start === undefined ? null : `start ${options.start}`,
    options.prefix === undefined ? null : `prefix ${displayQuote(options.prefix)}`,
    options.suffix === undefined ? null : `suffix ${displayQuote(options.suffix)}`,
  ].filter((part) => part !== null);
  if (given.length === 0) {
    return '; give a start offset or prefix/suffix to choose one';
  }
  const what = given.join(' and ');
  return fitting === 0 ? `; none fits the given ${what}` : `; ${fitting} of them fit the given ${what}`;
}
