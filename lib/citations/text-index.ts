import { itemAt } from './array-access';
import type { TextSpan } from './types';

const WHITESPACE_CHAR = /^\s$/u;
const WHITESPACE_RUN = /\s+/gu;

export function isWhitespace(char: string): boolean {
  return WHITESPACE_CHAR.test(char);
}

export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, '');
}

export function codePointLength(text: string): number {
  return [...text].length;
}

/**
 * A text seen both as code points (the offsets stored in anchors) and as its
 * whitespace-free form (where quotes are searched).
 */
export type TextIndex = {
  text: string;
  /** UTF-16 offset of each code point of `text`, followed by text.length. */
  unitOffsets: number[];
  /** `text` without whitespace. */
  stripped: string;
  /** The non-whitespace code points of `text`, in order (stripped = chars.join('')). */
  chars: string[];
  /** origins[i] = code point offset in `text` of chars[i]. */
  origins: number[];
  /** UTF-16 offset in `stripped` of each element of `chars`, followed by stripped.length. */
  strippedUnitOffsets: number[];
  /** For each UTF-16 offset in `stripped` (0..length): index into `chars`, or -1 inside a surrogate pair. */
  charAtStrippedUnit: Int32Array;
};

export function buildTextIndex(text: string): TextIndex {
  const unitOffsets: number[] = [];
  const chars: string[] = [];
  const origins: number[] = [];
  const strippedUnitOffsets: number[] = [];
  let unit = 0;
  let strippedUnit = 0;
  let codePoint = 0;
  for (const char of text) {
    unitOffsets.push(unit);
    if (!isWhitespace(char)) {
      chars.push(char);
      origins.push(codePoint);
      strippedUnitOffsets.push(strippedUnit);
      strippedUnit += char.length;
    }
    unit += char.length;
    codePoint += 1;
  }
  unitOffsets.push(unit);
  strippedUnitOffsets.push(strippedUnit);

  const charAtStrippedUnit = new Int32Array(strippedUnit + 1).fill(-1);
  strippedUnitOffsets.forEach((offset, charIndex) => {
    charAtStrippedUnit[offset] = charIndex;
  });
  return {
    text,
    unitOffsets,
    stripped: chars.join(''),
    chars,
    origins,
    strippedUnitOffsets,
    charAtStrippedUnit,
  };
}

export function codePointCount(index: TextIndex): number {
  return index.unitOffsets.length - 1;
}

/** The text in a code point span; the span must lie within the text. */
export function sliceSpan(index: TextIndex, span: TextSpan): string {
  return index.text.slice(itemAt(index.unitOffsets, span.start), itemAt(index.unitOffsets, span.end));
}

/** The original-text span covering stripped chars [fromChar, toChar), trimmed to non-whitespace ends. */
export function spanOfChars(index: TextIndex, fromChar: number, toChar: number): TextSpan {
  if (toChar <= fromChar) {
    throw new RangeError(`empty char range ${fromChar}..${toChar}`);
  }
  return { start: itemAt(index.origins, fromChar), end: itemAt(index.origins, toChar - 1) + 1 };
}
