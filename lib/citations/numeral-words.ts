import { itemAt } from './array-access';
import { isChineseNumeralChar } from './chinese-numerals';

/**
 * Common words whose numeral characters count nothing (四川, 零售, the 唯一 of 唯一一家 …): the
 * numeral characters inside them never start a number token.
 */
export const NON_NUMERAL_WORDS: readonly string[] = (
  '四川 零售 零部件 零星 零距离 一体 统一 唯一 同一 一些 一切 一直 一旦 一样 一般 一致 一定 一同 一流 一线 一系列 ' +
  '一方面 一以贯之 一心一意 一域 一举 一律 一再 进一步 万一 千万 万象'
).split(' ');

/** How many numeral chars from chars[at] belong to a non-numeral word covering chars[at] (0 if none). */
export function numeralWordLengthAt(chars: readonly string[], at: number): number {
  for (const word of NON_NUMERAL_WORDS) {
    const letters = [...word];
    for (let offset = 0; offset < letters.length; offset += 1) {
      const start = at - offset;
      if (start < 0 || !letters.every((letter, k) => chars[start + k] === letter)) {
        continue;
      }
      let covered = 0;
      while (offset + covered < letters.length && isChineseNumeralChar(itemAt(letters, offset + covered))) covered += 1;
      if (covered > 0) {
        return covered;
      }
    }
  }
  return 0;
}
