import { describe, expect, it } from 'vitest';
import { joinPages, pageAt } from './pages';

describe('pages of an extracted PDF text', () => {
  it('joins pages with a blank line and records where each starts, in code points', () => {
    const { text, pageStarts } = joinPages(['第一页𠀀', '第二页', '第三页']);
    expect(text).toBe('第一页𠀀\n\n第二页\n\n第三页');
    expect(pageStarts).toEqual([0, 6, 11]);
    expect([...text].slice(6, 9).join('')).toBe('第二页');
  });

  it('finds the page of an offset, and none for a text without pages', () => {
    const starts = [0, 6, 11];
    expect([0, 5, 6, 10, 11, 40].map((offset) => pageAt(starts, offset))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(pageAt([], 3)).toBeNull();
  });
});
