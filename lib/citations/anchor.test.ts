import { describe, expect, it } from 'vitest';
import { anchorQuote, buildAnchor, verifyAnchor } from './anchor';
import { codePointSlice, sources } from './test-sources';

const { doc000, doc004 } = sources;

describe('buildAnchor', () => {
  it('takes 32 code points of raw context on each side by default', () => {
    const anchor = buildAnchor(doc004, { start: 955, end: 988 });
    expect(anchor.exact).toBe('地区生产总值由2016年的778亿元增长到2020年的1325亿元');
    expect(anchor.prefix).toBe(codePointSlice(doc004, 923, 955));
    expect(anchor.prefix.endsWith('【经济发展】 江北区')).toBe(true);
    expect(anchor.suffix).toBe(',总量在全市排位实现“三连升”、跻身全市第4位,全口径税收总量连');
    expect([...anchor.suffix]).toHaveLength(32);
    expect(anchor).toMatchObject({ start: 955, end: 988 });
  });

  it('keeps line breaks in the context and honours contextLength', () => {
    const anchor = buildAnchor(doc000, { start: 515, end: 531 }, 5);
    expect(anchor).toEqual({
      exact: '城市生\n活污水集中处理率达95%',
      prefix: '300天，',
      suffix: '，农村生活',
      start: 515,
      end: 531,
    });
  });

  it('cuts the context at the ends of the document', () => {
    const text = '😀开头甲乙丙结尾';
    expect(buildAnchor(text, { start: 3, end: 6 }, 10)).toEqual({
      exact: '甲乙丙',
      prefix: '😀开头',
      suffix: '结尾',
      start: 3,
      end: 6,
    });
    expect(buildAnchor(text, { start: 0, end: 8 })).toMatchObject({ exact: text, prefix: '', suffix: '' });
  });

  it('throws on a span outside the text', () => {
    expect(() => buildAnchor('甲乙', { start: 1, end: 3 })).toThrow(RangeError);
    expect(() => buildAnchor('甲乙', { start: 2, end: 1 })).toThrow(RangeError);
    expect(() => buildAnchor('甲乙', { start: 0, end: 1 }, -1)).toThrow(RangeError);
  });
});

describe('anchorQuote', () => {
  it('locates then anchors, with the document text as exact', () => {
    const result = anchorQuote(doc000, '空气质量年均优良天数超300天，城市生活污水集中处理率达95%');
    expect(result).toMatchObject({
      ok: true,
      anchor: { start: 499, end: 531, exact: '空气质量年均优良天数超300天，城市生\n活污水集中处理率达95%' },
    });
  });

  it('passes the locate options on', () => {
    const result = anchorQuote(doc000, '城市生活污水集中处理率达95%', { start: 34 });
    expect(result).toMatchObject({
      ok: true,
      anchor: { start: 34, end: 49, suffix: '\n\n农村生活污水治理覆盖率达93%\n\n污染地块安全利用率达95%' },
    });
  });

  it('returns the locate failure unchanged', () => {
    const result = anchorQuote(doc000, '城市生活污水集中处理率达95%');
    expect(result).toMatchObject({ ok: false, code: 'AMBIGUOUS', occurrences: [{ start: 34 }, { start: 515 }] });
  });
});

describe('verifyAnchor', () => {
  const anchor = buildAnchor(doc000, { start: 999, end: 1015 });

  it('accepts an anchor whose offsets still select its exact text', () => {
    expect(anchor.exact).toBe('做好做好长嘉汇长嘉汇大文章大文章');
    expect(verifyAnchor(doc000, anchor)).toEqual({ ok: true });
  });

  it('reports TEXT_MISMATCH with the text found at the offsets', () => {
    const shifted = `新增标题\n${doc000}`;
    const result = verifyAnchor(shifted, anchor);
    expect(result).toMatchObject({ ok: false, code: 'TEXT_MISMATCH', found: codePointSlice(shifted, 999, 1015) });
    expect(result.ok ? '' : result.message).toMatch(
      /^offsets 999\.\.1015 select ".*", not quote "做好做好长嘉汇长嘉汇大文章大文章"$/u,
    );
  });

  it('is byte for byte: a whitespace difference is a mismatch', () => {
    const reflowed = { ...buildAnchor(doc000, { start: 515, end: 531 }), exact: '城市生活污水集中处理率达95%' };
    expect(verifyAnchor(doc000, reflowed)).toMatchObject({
      ok: false,
      code: 'TEXT_MISMATCH',
      found: '城市生\n活污水集中处理率达95%',
    });
  });

  it('reports OFFSETS_OUT_OF_RANGE', () => {
    const length = [...doc000].length;
    expect(verifyAnchor(doc000, { ...anchor, start: length - 2, end: length + 1 })).toMatchObject({
      ok: false,
      code: 'OFFSETS_OUT_OF_RANGE',
    });
    expect(verifyAnchor(doc000, { ...anchor, start: -1 })).toMatchObject({ ok: false, code: 'OFFSETS_OUT_OF_RANGE' });
    expect(verifyAnchor(doc000, { ...anchor, start: 1000.5 })).toMatchObject({
      ok: false,
      code: 'OFFSETS_OUT_OF_RANGE',
    });
    expect(verifyAnchor('短', anchor)).toEqual({
      ok: false,
      code: 'OFFSETS_OUT_OF_RANGE',
      message: 'offsets 999..1015 of quote "做好做好长嘉汇长嘉汇大文章大文章" are outside the document (0..1)',
    });
  });

  it('uses code point offsets', () => {
    const text = '😀😀甲乙';
    expect(verifyAnchor(text, { exact: '甲乙', prefix: '😀😀', suffix: '', start: 2, end: 4 })).toEqual({ ok: true });
    expect(verifyAnchor(text, { exact: '甲乙', prefix: '😀😀', suffix: '', start: 4, end: 6 })).toMatchObject({
      ok: false,
    });
  });
});
