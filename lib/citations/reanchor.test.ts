import { describe, expect, it } from 'vitest';
import { buildAnchor } from './anchor';
import { reanchor } from './reanchor';
import { codePointSlice, sources } from './test-sources';
import { stripWhitespace } from './text-index';

const { doc000, doc004 } = sources;

// 004: "地区生产总值由2016年的778亿元增长到2020年的1325亿元" at 955..988.
const gdp = buildAnchor(doc004, { start: 955, end: 988 });
// 000: the sentence that spans "城市生\n活污水", at 499..531.
const ecology = buildAnchor(doc000, { start: 499, end: 531 });

describe('reanchor', () => {
  it('unchanged when the offsets still select the quote', () => {
    expect(reanchor(doc004, gdp)).toEqual({ status: 'unchanged', anchor: gdp });
  });

  it('relocated after text is inserted before the quote', () => {
    const inserted = '编者按：本文有更新。\n\n';
    const result = reanchor(inserted + doc004, gdp);
    expect(result).toEqual({
      status: 'relocated',
      anchor: buildAnchor(inserted + doc004, { start: 967, end: 1000 }),
      previous: { start: 955, end: 988 },
    });
    expect(codePointSlice(inserted + doc004, 967, 1000)).toBe(gdp.exact);
  });

  it('relocated after the line breaks inside the quote are reflowed', () => {
    const paragraphStart = doc000.indexOf('“十三五”时期，江北区以最坚定的决');
    const paragraphEnd = doc000.indexOf('生态环境质量持续改善。') + '生态环境质量持续改善。'.length;
    const paragraph = doc000.slice(paragraphStart, paragraphEnd);
    const rewrapped = stripWhitespace(paragraph).replace(/(.{25})/gu, '$1\n');
    const newText = doc000.slice(0, paragraphStart) + rewrapped + doc000.slice(paragraphEnd);

    const result = reanchor(newText, ecology);
    expect(result.status).toBe('relocated');
    if (result.status !== 'relocated') return;
    expect(result.anchor.exact).toBe('空气质量年均优良天数超300天\n，城市生活污水集中处理率达95%');
    expect(result.anchor.exact).not.toBe(ecology.exact);
    expect(stripWhitespace(result.anchor.exact)).toBe(stripWhitespace(ecology.exact));
    expect(codePointSlice(newText, result.anchor.start, result.anchor.end)).toBe(result.anchor.exact);
    expect(result.previous).toEqual({ start: 499, end: 531 });
  });

  it('orphaned when the number in the quote changes (1325 → 1326): never a fuzzy match', () => {
    const newText = doc004.replace('2020年的1325亿元', '2020年的1326亿元');
    expect(newText).not.toBe(doc004);
    expect(reanchor(newText, gdp)).toEqual({
      status: 'orphaned',
      code: 'QUOTE_NOT_FOUND',
      message:
        'quote "地区生产总值由2016年的778亿元增长到2020年的1325亿元" (was at 955..988) not found in the new text',
      candidates: [],
    });
  });

  it('orphaned when both prefix and suffix changed, even for the only occurrence', () => {
    const newText = doc004.replace(gdp.prefix + gdp.exact + gdp.suffix, `新的开头。${gdp.exact}。新的结尾`);
    const result = reanchor(newText, gdp);
    expect(result).toMatchObject({ status: 'orphaned', code: 'CONTEXT_MISMATCH' });
    if (result.status !== 'orphaned') return;
    expect(result.candidates).toHaveLength(1);
    const [candidate] = result.candidates;
    expect(candidate && codePointSlice(newText, candidate.start, candidate.end)).toBe(gdp.exact);
    expect(result.message).toContain('neither its prefix nor its suffix agrees');
  });

  it('relocated when only one side of the context changed', () => {
    const newText = doc004.replace(gdp.exact + gdp.suffix, `${gdp.exact}。（数据有修订）`);
    const result = reanchor(`前言\n${newText}`, gdp);
    expect(result).toMatchObject({ status: 'relocated', anchor: { exact: gdp.exact, start: 958, end: 991 } });
  });

  it('a quote that now occurs twice is resolved by its prefix', () => {
    // A summary line now repeats the quote with the same suffix but another prefix.
    const summary = `摘要：${gdp.exact}${gdp.suffix}\n\n`;
    const newText = summary + doc004;
    const result = reanchor(newText, gdp);
    const shift = [...summary].length;
    expect(result).toMatchObject({ status: 'relocated', anchor: { start: 955 + shift, end: 988 + shift } });
  });

  it('between two one-sided candidates, the one nearest the old offset wins', () => {
    const anchor = buildAnchor('XX前文甲乙丙后文YY', { start: 4, end: 7 }, 2);
    const newText = 'X前文甲乙丙改动。改动甲乙丙后文YY';
    expect(reanchor(newText, anchor)).toMatchObject({ status: 'relocated', anchor: { start: 3, end: 6 } });
    const swapped = `改动甲乙丙后文${'Z'.repeat(20)}前文甲乙丙改动`;
    expect(reanchor(swapped, anchor)).toMatchObject({ status: 'relocated', anchor: { start: 2, end: 5 } });
  });

  it('orphaned as AMBIGUOUS when two candidates fit equally well at equal distance', () => {
    const anchor = { exact: '甲乙丙', prefix: 'xx', suffix: 'yy', start: 7, end: 10 };
    const result = reanchor('xx甲乙丙yyzzzxx甲乙丙yy', anchor);
    expect(result).toEqual({
      status: 'orphaned',
      code: 'AMBIGUOUS',
      message: 'quote "甲乙丙" fits equally well at 2, 12, equally near its old start 7',
      candidates: [
        { start: 2, end: 5 },
        { start: 12, end: 15 },
      ],
    });
  });

  it('a prefix cut by the start of the old document agrees only at the start of the new one', () => {
    const anchor = buildAnchor('开头甲乙丙结尾', { start: 2, end: 5 });
    expect(anchor.prefix).toBe('开头');
    expect(reanchor('\n开头\n甲乙丙。新结尾', anchor)).toMatchObject({
      status: 'relocated',
      anchor: { start: 4, end: 7 },
    });
    expect(reanchor('前言开头甲乙丙。新结尾', anchor)).toMatchObject({ status: 'orphaned', code: 'CONTEXT_MISMATCH' });
  });

  it('a suffix cut by the end of the old document agrees only at the end of the new one', () => {
    const anchor = buildAnchor(`${'前文'.repeat(20)}甲乙丙结尾`, { start: 40, end: 43 });
    expect(anchor.suffix).toBe('结尾');
    expect(reanchor(`改${'动'.repeat(40)}甲乙丙结尾\n`, anchor)).toMatchObject({
      status: 'relocated',
      anchor: { start: 41 },
    });
    expect(reanchor(`改${'动'.repeat(40)}甲乙丙结尾后记`, anchor)).toMatchObject({
      status: 'orphaned',
      code: 'CONTEXT_MISMATCH',
    });
  });

  it('counts offsets in code points when an emoji is inserted before the quote', () => {
    const result = reanchor(`😀${doc004}`, gdp);
    expect(result).toMatchObject({ status: 'relocated', anchor: { start: 956, end: 989, exact: gdp.exact } });
  });
});
