import { describe, expect, it } from 'vitest';
import { paragraphKind, paragraphRanges, segmentSource } from './source-segments';

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

describe('reading the layout debris of an extracted text', () => {
  it('tells page numbers, split headline characters and doubled headings from running text', () => {
    expect(paragraphKind('3')).toBe('page-number');
    expect(paragraphKind('建 成')).toBe('fragment');
    expect(paragraphKind('建 成 雨 污 管 网')).toBe('fragment');
    expect(paragraphKind('挺。')).toBe('text'); // the end of a sentence carried over
    expect(paragraphKind('做好做好长嘉汇长嘉汇大文章大文章')).toBe('doubled');
    expect(paragraphKind('江北半岛夜景江北半岛夜景')).toBe('text'); // a 6-character chunk: not a box artefact
    expect(paragraphKind('GDP增长3.9%')).toBe('text');
    expect(paragraphKind('2020年')).toBe('text');
  });

  it('sets a debris line inside a paragraph apart, so the running text around it joins up', () => {
    const text = '江北区\n做好做好长嘉汇长嘉汇\n全面\n挺。';
    const blocks = segmentSource(text, []).map((p) => [p.kind, p.segments.map((s) => s.text).join('')]);
    expect(blocks).toEqual([
      ['text', '江北区'],
      ['doubled', '做好做好长嘉汇长嘉汇'],
      ['text', '全面挺。'],
    ]);
  });

  it('joins broken lines without a space between Chinese characters, with one between Latin words', () => {
    const [paragraph] = segmentSource('全区实现地区\n生产总值1325亿元，GDP\ngrew 3.9%。', []);
    expect(paragraph!.segments.map((s) => s.text).join('')).toBe('全区实现地区生产总值1325亿元，GDP grew 3.9%。');
  });

  it('keeps every character in the exact view, highlights included', () => {
    const text = '第一段\n第二行\n\n1\n\n第三段';
    const start = [...text].indexOf('二');
    const paragraphs = segmentSource(text, [{ id: 'a', start, end: start + 2 }], { exact: true });
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.segments.map((s) => s.text).join('')).toBe(text);
    expect(paragraphs[0]!.segments.find((s) => s.citationIds.includes('a'))?.text).toBe('二行');
  });

  it('gives a passage spanning two paragraphs one anchor and one note marker', () => {
    const text = '第一段甲乙\n\n丙丁第二段';
    const start = [...text].indexOf('甲');
    const end = [...text].indexOf('丁') + 1;
    const paragraphs = segmentSource(text, [{ id: 'a', start, end }]);
    const all = paragraphs.flatMap((p) => p.segments);
    expect(all.flatMap((s) => s.starts)).toEqual(['a']);
    expect(all.flatMap((s) => s.ends)).toEqual(['a']);
    expect(all.find((s) => s.ends.includes('a'))?.text).toBe('丙丁');
  });
});
