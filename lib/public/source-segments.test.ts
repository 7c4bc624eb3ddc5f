import { describe, expect, it } from 'vitest';
import { paragraphRanges, segmentSource } from './source-segments';

describe('segmentSource', () => {
  const text = '标题\n\n空气质量年均优良天数超300天，城市生\n活污水集中处理率达95%。\n\n第二段。';

  it('splits at blank lines and joins lines broken inside a sentence', () => {
    const paragraphs = segmentSource(text, []);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual([
      '标题',
      '空气质量年均优良天数超300天，城市生活污水集中处理率达95%。',
      '第二段。',
    ]);
  });

  it('marks cited passages, including one that spans a line break, with their anchors and ends', () => {
    const chars = [...text];
    const start = chars.join('').indexOf('城市生');
    const end = chars.join('').indexOf('95%') + 3;
    const paragraphs = segmentSource(text, [{ id: 'a', start, end }]);
    const cited = paragraphs[1]!.segments.filter((s) => s.citationIds.includes('a'));
    expect(cited.map((s) => s.text).join('')).toBe('城市生活污水集中处理率达95%');
    expect(cited[0]!.starts).toEqual(['a']);
    expect(cited.at(-1)!.ends).toEqual(['a']);
  });

  it('splits overlapping citations into segments covered by one or both', () => {
    const paragraphs = segmentSource('甲乙丙丁', [
      { id: 'x', start: 0, end: 3 },
      { id: 'y', start: 1, end: 4 },
    ]);
    expect(paragraphs[0]!.segments.map((s) => [s.text, s.citationIds.join('+')])).toEqual([
      ['甲', 'x'],
      ['乙丙', 'x+y'],
      ['丁', 'y'],
    ]);
  });

  it('finds paragraphs in code points', () => {
    expect(paragraphRanges([...'😀a\n\n b'])).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 6 },
    ]);
  });
});
