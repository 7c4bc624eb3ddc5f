import { itemAt } from './array-access';

const DIGITS: ReadonlyMap<string, bigint> = new Map([
  ['零', 0n],
  ['〇', 0n],
  ['一', 1n],
  ['二', 2n],
  ['两', 2n],
  ['三', 3n],
  ['四', 4n],
  ['五', 5n],
  ['六', 6n],
  ['七', 7n],
  ['八', 8n],
  ['九', 9n],
]);
const SMALL_UNITS: ReadonlyMap<string, bigint> = new Map([
  ['十', 10n],
  ['百', 100n],
  ['千', 1000n],
]);
const BIG_UNITS: ReadonlyMap<string, bigint> = new Map([
  ['万', 10_000n],
  ['亿', 100_000_000n],
]);

export function isChineseNumeralChar(char: string): boolean {
  return DIGITS.has(char) || SMALL_UNITS.has(char) || BIG_UNITS.has(char);
}

export function isZero(char: string): boolean {
  return DIGITS.get(char) === 0n;
}

export function isBigUnit(char: string): boolean {
  return BIG_UNITS.has(char);
}

/** A numeral needs a digit or 十 (十三); 百, 千万, 百千万 alone are words, not numbers. */
export function hasNumeralCore(chars: readonly string[]): boolean {
  return chars.some((char) => DIGITS.has(char) || char === '十');
}

/**
 * The integer a Chinese numeral stands for: 四十二 → 42, 一百零五 → 105, 两万三 → 23000,
 * 二〇二〇 → 2020. Null when the characters do not form a numeral (十三五, 三十三十).
 * With allowBareUnit a lone unit counts as one of it (the 百 of 百分之).
 */
export function parseChineseInteger(chars: readonly string[], allowBareUnit = false): bigint | null {
  const [first] = chars;
  if (first === undefined) {
    return null;
  }
  if (chars.length === 1 && allowBareUnit) {
    const unit = SMALL_UNITS.get(first) ?? BIG_UNITS.get(first);
    if (unit !== undefined) {
      return unit;
    }
  }
  if (chars.every((char) => DIGITS.has(char))) {
    // Digit by digit, as in years: 二〇二〇.
    return BigInt(chars.map((char) => String(DIGITS.get(char))).join(''));
  }
  return parsePositional(chars);
}

function parsePositional(chars: readonly string[]): bigint | null {
  let total = 0n;
  let section = 0n;
  let digit: bigint | null = null;
  let lastSmallUnit = 10_000n;
  let lastBigUnit = 10n ** 16n;
  let previousUnit: bigint | null = null;
  let afterZero = false;

  for (let i = 0; i < chars.length; i += 1) {
    const char = itemAt(chars, i);
    const digitValue = DIGITS.get(char);
    if (digitValue === 0n) {
      if (digit !== null) return null;
      afterZero = true;
      continue;
    }
    if (digitValue !== undefined) {
      if (digit !== null) return null;
      digit = digitValue;
      continue;
    }
    const small = SMALL_UNITS.get(char);
    if (small !== undefined) {
      // 十 may stand alone for 一十 (十三, 一百十); other units need their digit.
      const multiplier = digit ?? (small === 10n ? 1n : null);
      if (multiplier === null || small >= lastSmallUnit) return null;
      section += multiplier * small;
      lastSmallUnit = small;
      [digit, previousUnit, afterZero] = [null, small, false];
      continue;
    }
    const big = BIG_UNITS.get(char);
    if (big === undefined) return null;
    section += digit ?? 0n;
    if (section === 0n || big >= lastBigUnit) return null;
    total += section * big;
    [section, lastSmallUnit, lastBigUnit] = [0n, 10_000n, big];
    [digit, previousUnit, afterZero] = [null, big, false];
  }
  if (digit !== null) {
    // A bare last digit right after a unit is one step lower: 一百五 = 150, 两万三 = 23000.
    const step = !afterZero && previousUnit !== null && previousUnit > 10n ? previousUnit / 10n : 1n;
    section += digit * step;
  }
  return total + section;
}
