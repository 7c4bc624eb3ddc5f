import { describe, expect, it } from 'vitest';
import { buildTextIndex, codePointCount, sliceSpan, stripWhitespace } from './text-index';

describe('stripWhitespace', () => {
  it('removes every kind of Unicode whitespace and nothing else', () => {
    expect(stripWhitespace(' 3.8\n万亩\t、\r\n两\u3000山\u00a0林\u2003。')).toBe('3.8万亩、两山林。');
  });

  it('keeps full-width punctuation and zero-width characters (not whitespace for /\\s/u)', () => {
    expect(stripWhitespace('95％，\u200b')).toBe('95％，\u200b');
  });
});

describe('buildTextIndex', () => {
  it('maps stripped characters to code point offsets, astral characters counting once', () => {
    const index = buildTextIndex('😀 𠮷\n野');
    expect(index.stripped).toBe('😀𠮷野');
    expect(index.chars).toEqual(['😀', '𠮷', '野']);
    expect(index.origins).toEqual([0, 2, 4]);
    expect(codePointCount(index)).toBe(5);
    expect(sliceSpan(index, { start: 2, end: 5 })).toBe('𠮷\n野');
  });
});
