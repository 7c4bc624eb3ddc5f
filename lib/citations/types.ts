/** A range of Unicode code point offsets into a text: `start` inclusive, `end` exclusive. */
export type TextSpan = { start: number; end: number };

/**
 * A W3C-style text quote anchor: the quoted text, its surrounding context and its
 * code point offsets (TextPositionSelector convention) in the document it was made on.
 */
export type TextQuoteAnchor = {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
};
