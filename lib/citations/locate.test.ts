import { describe, expect, it } from 'vitest';
import { locateQuote } from './locate';
import { findAllOccurrences } from './occurrences';
import { codePointSlice, sources } from './test-sources';

const { doc000, doc001, doc002, doc003, doc004 } = sources;

function expectFound(text: string, quote: string, start: number, end: number, exact: string) {
  const result = locateQuote(text, quote);
  expect(result).toEqual({ ok: true, span: { start, end }, exact, occurrences: 1 });
  expect(codePointSlice(text, start, end)).toBe(exact);
}

describe('locateQuote on the five source documents', () => {
  it('000: the doubled headline, as extracted', () => {
    expectFound(doc000, '做好做好长嘉汇长嘉汇大文章大文章', 999, 1015, '做好做好长嘉汇长嘉汇大文章大文章');
  });

  it('001: a research-platform figure', () => {
    expectFound(doc001, '市级以上研发平台80家', 260, 271, '市级以上研发平台80家');
  });

  it('002: the first batch of 2023 projects', () => {
    expectFound(doc002, '投资总金额302.5亿元', 74, 86, '投资总金额302.5亿元');
  });

  it('003: a sentence broken before its number', () => {
    expectFound(
      doc003,
      '2019年，江北区实现地区生产总值1240亿元、增长8%',
      1299,
      1328,
      '2019年，江北区实现地区生产总值\n1240亿元、增长8%',
    );
  });

  it('004: the 2020 GDP', () => {
    expectFound(
      doc004,
      '地区生产总值由2016年的778亿元增长到2020年的1325亿元',
      955,
      988,
      '地区生产总值由2016年的778亿元增长到2020年的1325亿元',
    );
  });

  it('000: a quote spanning a line break inside a word', () => {
    const quote = '空气质量年均优良天数超300天，城市生活污水集中处理率达95%';
    expectFound(doc000, quote, 499, 531, '空气质量年均优良天数超300天，城市生\n活污水集中处理率达95%');
  });

  it('000: a quote whose number and unit sit on separate lines, with a stray space', () => {
    const result = locateQuote(doc000, '完成国土绿化提升任务3.8万亩', { start: 295 });
    expect(result).toMatchObject({
      ok: true,
      span: { start: 295, end: 313 },
      exact: '完成国土绿\n化提升任务 3.8\n万亩',
    });
  });

  it('ignores whitespace in the quote as well (a quote copied with its line breaks)', () => {
    expectFound(doc003, '占全市的近三分\n之一', 1756, 1766, '占全市的近三分\n之一');
    expectFound(doc003, ' 占 全市的近 三分之一 ', 1756, 1766, '占全市的近三分\n之一');
  });

  it('003: a quote over a blank line', () => {
    const result = locateQuote(doc003, '城镇新增就业5.7万余人，新建', {});
    expect(result).toMatchObject({
      ok: true,
      span: { start: 1412, end: 1429 },
      exact: '城镇\n\n新增就业5.7万余人，新建',
    });
  });
});

describe('locateQuote: repeated quotes', () => {
  const quote = '城市生活污水集中处理率达95%';
  const box = { start: 34, end: 49 };
  const body = { start: 515, end: 531 };

  it('reports a quote occurring twice as AMBIGUOUS with both spans', () => {
    const result = locateQuote(doc000, quote);
    expect(result).toEqual({
      ok: false,
      code: 'AMBIGUOUS',
      message:
        'quote "城市生活污水集中处理率达95%" occurs 2 times (at 34, 515); give a start offset or prefix/suffix to choose one',
      occurrences: [box, body],
    });
    expect(findAllOccurrences(doc000, quote)).toEqual([box, body]);
    expect(codePointSlice(doc000, body.start, body.end)).toBe('城市生\n活污水集中处理率达95%');
  });

  it('chooses by start offset', () => {
    expect(locateQuote(doc000, quote, { start: 515 })).toMatchObject({ ok: true, span: body, occurrences: 2 });
    expect(locateQuote(doc000, quote, { start: 34 })).toMatchObject({ ok: true, span: box, exact: quote });
  });

  it('fails when no occurrence starts at the given offset', () => {
    const result = locateQuote(doc000, quote, { start: 516 });
    expect(result).toMatchObject({ ok: false, code: 'AMBIGUOUS', occurrences: [box, body] });
    expect(result.ok ? '' : result.message).toContain('none fits the given start 516');
  });

  it('chooses by prefix or suffix, whitespace ignored', () => {
    expect(locateQuote(doc000, quote, { prefix: '优良天数超300天，' })).toMatchObject({ ok: true, span: body });
    expect(locateQuote(doc000, quote, { prefix: '优良天数超\n300天' })).toMatchObject({ ok: true, span: box });
    expect(locateQuote(doc000, quote, { suffix: '，农村生活污水' })).toMatchObject({ ok: true, span: body });
    expect(locateQuote(doc000, quote, { suffix: '农村生活污水' })).toMatchObject({ ok: true, span: box });
  });

  it('stays AMBIGUOUS when the prefix fits both or neither', () => {
    const both = locateQuote('甲：数据A。\n甲：数据A。', '数据A', { prefix: '甲：' });
    expect(both).toMatchObject({ ok: false, code: 'AMBIGUOUS', occurrences: [{ start: 2 }, { start: 9 }] });
    expect(both.ok ? '' : both.message).toBe(
      'quote "数据A" occurs 2 times (at 2, 9); 2 of them fit the given prefix "甲："',
    );
    const neither = locateQuote(doc000, quote, { prefix: '天，，' });
    expect(neither.ok ? '' : neither.message).toContain('; none fits the given prefix "天，，"');
  });

  it('counts overlapping occurrences in doubled text', () => {
    // 000 ends its captions with "江北半岛夜景江北半岛夜景": the single caption occurs twice, overlapping nothing else.
    expect(findAllOccurrences(doc000, '江北半岛夜景')).toEqual([
      { start: 3076, end: 3082 },
      { start: 3082, end: 3088 },
    ]);
    expect(findAllOccurrences('做好做好做好', '做好做好')).toEqual([
      { start: 0, end: 4 },
      { start: 2, end: 6 },
    ]);
  });

  it('004 repeats its headline three times (the first copy after "理论教育 ")', () => {
    const spans = findAllOccurrences(doc004, '江北区:防疫与发展兼顾,经济实力位居主城中心第1');
    expect(spans.map((span) => span.start)).toEqual([5, 31, 263]);
  });
});

describe('locateQuote failures', () => {
  it('EMPTY_QUOTE for an empty or whitespace-only quote', () => {
    expect(locateQuote(doc000, '')).toMatchObject({ ok: false, code: 'EMPTY_QUOTE', occurrences: [] });
    expect(locateQuote(doc000, ' \n\u3000')).toMatchObject({ ok: false, code: 'EMPTY_QUOTE' });
  });

  it('NOT_FOUND for a look-alike with another number: never fuzzy', () => {
    expect(locateQuote(doc004, '增长到2020年的1326亿元')).toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message: 'quote "增长到2020年的1326亿元" not found in document',
      occurrences: [],
    });
  });

  it('does not fold case or full-width characters', () => {
    expect(locateQuote(doc000, 'gdp增长3.9%')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(locateQuote(doc000, 'GDP增长3.9％')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(locateQuote(doc004, '江北区：防疫与发展兼顾')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('shortens long quotes in messages', () => {
    const quote =
      '作为重庆两江四岸核心区，去年以来，江北区\n在招商引资、项目建设、产业协作等领域主动作为，全面融入成渝地区（不存在）';
    const result = locateQuote(doc000, quote);
    expect(result.ok ? '' : result.message).toBe(
      'quote "作为重庆两江四岸核心区，去年以来，江北区 在招商…为，全面融入成渝地区（不存在）" not found in document',
    );
  });
});

describe('code points, not UTF-16 units', () => {
  it('counts an emoji before the quote as one character', () => {
    const text = '😀前言：\n空气质量\n达标。';
    const result = locateQuote(text, '空气质量达标');
    expect(text.indexOf('空')).toBe(6);
    expect(result).toEqual({ ok: true, span: { start: 5, end: 12 }, exact: '空气质量\n达标', occurrences: 1 });
    expect(codePointSlice(text, 5, 12)).toBe('空气质量\n达标');
  });

  it('handles astral characters inside the quote', () => {
    const text = '𠮷野家，\n𠮷\n野家。';
    expect(findAllOccurrences(text, '𠮷野家')).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
    ]);
  });

  it('never matches half of a surrogate pair', () => {
    expect(locateQuote('a😀b', '\uDE00b')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('locateQuote options', () => {
  it('only choose between several occurrences: a unique quote is found wherever it is', () => {
    const result = locateQuote(doc002, '投资总金额302.5亿元', { start: 0, prefix: '别的' });
    expect(result).toMatchObject({ ok: true, span: { start: 74, end: 86 } });
  });
});
