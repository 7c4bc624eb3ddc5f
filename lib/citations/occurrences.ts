import { itemAt } from './array-access';
import { buildTextIndex, spanOfChars, stripWhitespace, type TextIndex } from './text-index';
import type { TextSpan } from './types';

/** One whitespace-insensitive occurrence: its span in the text and its char range in the stripped text. */
export type Occurrence = { span: TextSpan; fromChar: number; toChar: number };

/** Every occurrence of the quote, overlapping ones included (so "做好" occurs twice in "做好做好"). */
export function findOccurrences(index: TextIndex, quote: string): Occurrence[] {
  const needle = stripWhitespace(quote);
  if (needle === '') {
    return [];
  }
  const found: Occurrence[] = [];
  for (let at = index.stripped.indexOf(needle); at !== -1; at = index.stripped.indexOf(needle, at + 1)) {
    const fromChar = itemAt(index.charAtStrippedUnit, at);
    const toChar = itemAt(index.charAtStrippedUnit, at + needle.length);
    // A malformed quote (lone surrogate) could match half of a surrogate pair.
    if (fromChar === -1 || toChar === -1) {
      continue;
    }
    found.push({ span: spanOfChars(index, fromChar, toChar), fromChar, toChar });
  }
  return found;
}

export function findAllOccurrences(documentText: string, quote: string): TextSpan[] {
  return findOccurrences(buildTextIndex(documentText), quote).map((occurrence) => occurrence.span);
}

/**
 * Whether `prefix` (whitespace ignored) is the text right before the occurrence. With
 * `reachesStart`, the prefix stood at the very start of its document, so nothing but
 * whitespace may precede it here either.
 */
export function prefixAgrees(index: TextIndex, occurrence: Occurrence, prefix: string, reachesStart = false): boolean {
  const before = index.stripped.slice(0, itemAt(index.strippedUnitOffsets, occurrence.fromChar));
  const wanted = stripWhitespace(prefix);
  return reachesStart ? before === wanted : before.endsWith(wanted);
}

/** Mirror of prefixAgrees for the text after the occurrence. */
export function suffixAgrees(index: TextIndex, occurrence: Occurrence, suffix: string, reachesEnd = false): boolean {
  const after = index.stripped.slice(itemAt(index.strippedUnitOffsets, occurrence.toChar));
  const wanted = stripWhitespace(suffix);
  return reachesEnd ? after === wanted : after.startsWith(wanted);
}
