import { itemAt } from './array-access';
import { hasNumeralCore, isBigUnit, isChineseNumeralChar, isZero, parseChineseInteger } from './chinese-numerals';
import { numeralWordLengthAt } from './numeral-words';
import { rational, type Rational } from './rational';

/**
 * A number found in whitespace-free text, as indexes into its chars [from, to).
 * `percent`: 百分之N (value N, the unit % is implied); `permille`: 千分之N;
 * `fraction`: 三分之一 or 1∕3 (value 1/3); `decimal`: everything else.
 */
export type ScannedNumber = {
  kind: 'decimal' | 'fraction' | 'percent' | 'permille';
  value: Rational;
  from: number;
  to: number;
};

const BARE_ROUND = new Set(['百', '千']);
const APPROXIMATION_LEADS = new Set(['近', '上', '逾', '超', '约']);
const FRACTION_SLASHES = new Set(['/', '∕', '⁄']);
const DECIMAL_POINTS = new Set(['.', '．']);
const THOUSANDS_SEPARATORS = new Set([',', '，']);
// Between the two numbers of a range: 1.49~14.38公里, 1.49-14.38公里, 1.49至14.38公里, 2019—2020年.
const RANGE_SEPARATORS = new Set(['~', '～', '〜', '-', '－', '‐', '–', '—', '至']);

/** Scans every number token; each is maximal, so 1325 is never found inside 13250 or 1325.5. */
export function scanNumbers(chars: readonly string[]): ScannedNumber[] {
  const found: ScannedNumber[] = [];
  let i = 0;
  while (i < chars.length) {
    const char = itemAt(chars, i);
    const token =
      digitValue(char) !== null ? scanArabic(chars, i) : isChineseNumeralChar(char) ? scanChinese(chars, i) : null;
    if (token === null) {
      i += 1;
      continue;
    }
    if (token.kind !== 'skip') {
      found.push(token);
    }
    i = token.to;
  }
  return found;
}

/**
 * The number that closes a range opened by `token`, whose unit is written once, after it
 * (南北宽1.49~14.38公里 states 1.49 公里 too): the next token, right after one range separator, of
 * the same kind and not smaller (2020-12 is a month, not a range). Undefined when `token` opens none.
 */
export function rangeClosedBy(
  chars: readonly string[],
  tokens: readonly ScannedNumber[],
  token: ScannedNumber,
): ScannedNumber | undefined {
  const separator = chars[token.to];
  if (separator === undefined || !RANGE_SEPARATORS.has(separator)) return undefined;
  const next = tokens.find((candidate) => candidate.from === token.to + 1);
  if (next === undefined || next.kind !== token.kind) return undefined;
  return next.value.num * token.value.den >= token.value.num * next.value.den ? next : undefined;
}

type Scan = ScannedNumber | { kind: 'skip'; to: number } | null;

function scanArabic(chars: readonly string[], from: number): Scan {
  const number = readArabicNumber(chars, from);
  // The "3" of "1.2.3" continues a longer dotted number.
  if (from >= 2 && DECIMAL_POINTS.has(itemAt(chars, from - 1)) && digitValue(itemAt(chars, from - 2)) !== null) {
    return { kind: 'skip', to: number.to };
  }
  const slash = chars[number.to];
  if (number.isPlainInteger && slash !== undefined && FRACTION_SLASHES.has(slash)) {
    const denominator = readDigits(chars, number.to + 1);
    const after = chars[denominator.to];
    const chained = after !== undefined && (FRACTION_SLASHES.has(after) || DECIMAL_POINTS.has(after));
    if (denominator.digits !== '' && !chained && BigInt(denominator.digits) !== 0n) {
      const value = rational(number.value.num, BigInt(denominator.digits));
      return { kind: 'fraction', value, from, to: denominator.to };
    }
  }
  return { kind: 'decimal', value: number.value, from, to: number.to };
}

type ArabicNumber = { value: Rational; to: number; isPlainInteger: boolean };

/** Digits with optional thousands separators (1,325 / 1，325) and decimals (3.8 / ３．８). */
function readArabicNumber(chars: readonly string[], from: number): ArabicNumber {
  const head = readDigits(chars, from);
  let digits = head.digits;
  let to = head.to;
  if (digits.length <= 3) {
    for (;;) {
      const separator = chars[to];
      const group = readDigits(chars, to + 1);
      if (separator === undefined || !THOUSANDS_SEPARATORS.has(separator) || group.digits.length !== 3) break;
      digits += group.digits;
      to = group.to;
    }
  }
  const isPlainInteger = to === head.to;
  let places = 0;
  const point = chars[to];
  if (point !== undefined && DECIMAL_POINTS.has(point)) {
    const fraction = readDigits(chars, to + 1);
    if (fraction.digits !== '') {
      digits += fraction.digits;
      places = fraction.digits.length;
      to = fraction.to;
    }
  }
  const value = rational(BigInt(digits), 10n ** BigInt(places));
  return { value, to, isPlainInteger: isPlainInteger && places === 0 };
}

function readDigits(chars: readonly string[], from: number): { digits: string; to: number } {
  let digits = '';
  let to = from;
  for (let digit = digitAt(chars, to); digit !== null; digit = digitAt(chars, to)) {
    digits += digit;
    to += 1;
  }
  return { digits, to };
}

function scanChinese(chars: readonly string[], from: number): Scan {
  const wordLength = numeralWordLengthAt(chars, from);
  if (wordLength > 0) {
    return { kind: 'skip', to: from + wordLength };
  }
  const runEnd = chineseRunEnd(chars, from);
  const run = chars.slice(from, runEnd);
  if (chars[runEnd] === '分' && chars[runEnd + 1] === '之') {
    const fraction = scanChineseFraction(chars, from, run, runEnd + 2);
    if (fraction !== null) {
      return fraction;
    }
  }
  // 近千、上百、逾千: a bare 百 or 千 after a word of approximation is a round number (数千 is not).
  if (run.length === 1 && BARE_ROUND.has(itemAt(run, 0)) && APPROXIMATION_LEADS.has(chars[from - 1] ?? '')) {
    return { kind: 'decimal', value: rational(parseChineseInteger(run, true)!), from, to: runEnd };
  }
  // Trailing 万/亿 belong to the unit (三万人 → 3 of 万人) unless the numeral needs them (一亿两千万).
  let coreEnd = run.length;
  while (coreEnd > 0 && isBigUnit(itemAt(run, coreEnd - 1))) coreEnd -= 1;
  if (run.slice(0, coreEnd).some(isBigUnit)) coreEnd = run.length;
  // A numeral cannot open with 百/千/万/亿 (the 万 of 万一, the 千 of 千万): drop such heads.
  let coreStart = 0;
  while (coreStart < coreEnd && !hasNumeralCore([itemAt(run, coreStart)])) coreStart += 1;
  const core = run.slice(coreStart, coreEnd);
  // A lone 零 (零部件-like words aside) is not a stated quantity.
  const value = hasNumeralCore(core) && !core.every(isZero) ? parseChineseInteger(core) : null;
  if (value === null) {
    return { kind: 'skip', to: runEnd };
  }
  return { kind: 'decimal', value: rational(value), from: from + coreStart, to: from + coreEnd };
}

/** 三分之一, 百分之九十五, 千分之五, 百分之3.5: denominator run, 分之, numerator. */
function scanChineseFraction(
  chars: readonly string[],
  from: number,
  denominatorChars: string[],
  numeratorFrom: number,
): Scan {
  const denominator = parseChineseInteger(denominatorChars, true);
  const numerator = readFractionNumerator(chars, numeratorFrom);
  if (denominator === null || denominator === 0n || numerator === null) {
    return null;
  }
  const to = numerator.to;
  if (denominator === 100n) return { kind: 'percent', value: numerator.value, from, to };
  if (denominator === 1000n) return { kind: 'permille', value: numerator.value, from, to };
  const value = rational(numerator.value.num, numerator.value.den * denominator);
  return { kind: 'fraction', value, from, to };
}

function readFractionNumerator(chars: readonly string[], from: number): { value: Rational; to: number } | null {
  const first = chars[from];
  if (first === undefined) {
    return null;
  }
  if (digitValue(first) !== null) {
    const number = readArabicNumber(chars, from);
    return { value: number.value, to: number.to };
  }
  const runEnd = chineseRunEnd(chars, from);
  const value = runEnd > from ? parseChineseInteger(chars.slice(from, runEnd), true) : null;
  return value === null ? null : { value: rational(value), to: runEnd };
}

function chineseRunEnd(chars: readonly string[], from: number): number {
  let to = from;
  while (to < chars.length && isChineseNumeralChar(itemAt(chars, to))) to += 1;
  return to;
}

function digitAt(chars: readonly string[], index: number): string | null {
  const char = chars[index];
  return char === undefined ? null : digitValue(char);
}

/** The ASCII digit for an ASCII or full-width digit, else null. */
function digitValue(char: string): string | null {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x30 && code <= 0x39) return char;
  if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10);
  return null;
}
