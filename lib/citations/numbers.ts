import { parseStatedValue, type StatedValue } from './decimal-value';
import { rangeClosedBy, scanNumbers, type ScannedNumber } from './number-tokens';
import { displayQuote } from './quote-display';
import { equalRationals, formatRational, roundToPlaces, scaleRational } from './rational';
import { buildTextIndex, sliceSpan, spanOfChars, stripWhitespace, type TextIndex } from './text-index';
import { isPercentUnit, matchUnitAt, normalizeUnit, readUnit } from './units';

export type NumberToken = {
  /** The token as written in the text (whitespace inside it kept). */
  text: string;
  /** Exact decimal value ("1325", "3.8"), or "n/d" for a fraction without a finite decimal ("1/3"). */
  value: string;
  /** Code point offsets into the text. */
  start: number;
  end: number;
  /** The unit written right after the number, when recognized ("亿元", "%", "万余人"); "%" for 百分之N. */
  unit?: string;
};

export type NumberCheck =
  | { ok: true; match: { text: string; start: number; end: number } }
  | { ok: false; code: 'INVALID_VALUE' | 'NUMBER_ABSENT' | 'UNIT_MISMATCH'; message: string; numbersFound: string[] };

/** Every number token of a text, whitespace ignored, with code point spans into the original text. */
export function extractNumbers(text: string): NumberToken[] {
  const index = buildTextIndex(text);
  return scanNumbers(index.chars).map((token) => {
    const span = spanOfChars(index, token.from, token.to);
    const unit = impliedUnit(token) ?? readUnit(index.chars, token.to);
    const value = formatRational(token.value);
    return { text: sliceSpan(index, span), value, ...span, ...(unit === undefined ? {} : { unit }) };
  });
}

/**
 * Whether the quote states `value` (optionally followed by `unit`). Values compare exactly
 * (1325 == 1325.0); fractions such as 三分之一 match a value equal to them rounded to the
 * value's own decimals (0.33, or 33.3 with unit %). The match span covers the number and its unit.
 */
export function findNumberInQuote(quote: string, value: string | number, unit?: string): NumberCheck {
  const index = buildTextIndex(quote);
  const tokens = scanNumbers(index.chars);
  const numbersFound = unique(tokens.map((token) => index.chars.slice(token.from, token.to).join('')));
  const wantedUnit = unit === undefined || stripWhitespace(unit) === '' ? undefined : normalizeUnit(unit);
  const label = `${typeof value === 'number' ? String(value) : value.trim()}${wantedUnit === undefined ? '' : ` (${wantedUnit})`}`;
  const given = typeof value === 'number' ? String(value) : JSON.stringify(value);
  const shown = displayQuote(quote);

  const stated = parseStatedValue(value);
  if (stated === null) {
    const message = `value ${given} is not a non-negative decimal number (checking quote ${shown})`;
    return { ok: false, code: 'INVALID_VALUE', message, numbersFound };
  }

  const sameValue = tokens.filter((token) => statesValue(token, stated, wantedUnit));
  for (const token of sameValue) {
    const unitLength =
      wantedUnit === undefined || unitIsImplied(token, wantedUnit) ? 0 : matchUnitAt(index.chars, token.to, wantedUnit);
    if (unitLength !== null) {
      const span = spanOfChars(index, token.from, token.to + unitLength);
      return { ok: true, match: { text: sliceSpan(index, span), ...span } };
    }
    if (wantedUnit === undefined) continue;
    // The first number of a range takes the unit written after the second; the match spans the range.
    const closing = rangeClosedBy(index.chars, tokens, token);
    const rangeUnitLength = closing === undefined ? null : matchUnitAt(index.chars, closing.to, wantedUnit);
    if (closing !== undefined && rangeUnitLength !== null) {
      const span = spanOfChars(index, token.from, closing.to + rangeUnitLength);
      return { ok: true, match: { text: sliceSpan(index, span), ...span } };
    }
  }

  if (sameValue.length > 0) {
    const following = unique(sameValue.map((token) => describeFollowing(index, token)));
    const message = `number ${label} found in quote ${shown} but followed by ${following.join(', ')}, not "${wantedUnit ?? ''}"`;
    return { ok: false, code: 'UNIT_MISMATCH', message, numbersFound };
  }
  const found = numbersFound.length === 0 ? 'no numbers found' : `numbers found: ${numbersFound.join(', ')}`;
  return {
    ok: false,
    code: 'NUMBER_ABSENT',
    message: `number ${label} absent from quote ${shown}; ${found}`,
    numbersFound,
  };
}

function statesValue(token: ScannedNumber, stated: StatedValue, unit: string | undefined): boolean {
  if (token.kind !== 'fraction') {
    return equalRationals(token.value, stated.value);
  }
  // A fraction has no exact decimal form; the editor's value is it rounded (never to 0).
  const asStated = unit !== undefined && isPercentUnit(unit) ? scaleRational(token.value, 100n) : token.value;
  const scaled = (stated.value.num * 10n ** BigInt(stated.places)) / stated.value.den;
  return scaled !== 0n && roundToPlaces(asStated, stated.places) === scaled;
}

/** 百分之九十五 carries its % itself (千分之五 its ‰), and so does 三分之一 read as a percentage. */
function unitIsImplied(token: ScannedNumber, unit: string): boolean {
  return impliedUnit(token) === unit || (token.kind === 'fraction' && isPercentUnit(unit));
}

function impliedUnit(token: ScannedNumber): string | undefined {
  return token.kind === 'percent' ? '%' : token.kind === 'permille' ? '‰' : undefined;
}

function describeFollowing(index: TextIndex, token: ScannedNumber): string {
  const implied = impliedUnit(token);
  if (implied !== undefined) {
    return `"${implied}" (written ${index.chars.slice(token.from, token.to).join('')})`;
  }
  const next = readUnit(index.chars, token.to) ?? index.chars.slice(token.to, token.to + 4).join('');
  return next === '' ? 'the end of the quote' : `"${next}"`;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
