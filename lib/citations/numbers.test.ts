import { describe, expect, it } from 'vitest';
import { findNumberInQuote } from './numbers';
import { passage, sources } from './test-sources';

const { doc000, doc001, doc002, doc003, doc004 } = sources;

describe('findNumberInQuote with units, on real passages', () => {
  it('1325 in "1325亿元" (004)', () => {
    const quote = passage(doc004, '增长到2020年的1325亿元');
    expect(findNumberInQuote(quote, 1325, '亿元')).toEqual({
      ok: true,
      match: { text: '1325亿元', start: 9, end: 15 },
    });
    expect(findNumberInQuote(quote, '1325.0', '亿元')).toMatchObject({ ok: true, match: { start: 9 } });
  });

  it('3.8 in "3.8\\n万亩", a number and unit split over two lines (000)', () => {
    const quote = passage(doc000, '完成国土绿化提升任务3.8万亩', { start: 295 });
    expect(quote).toBe('完成国土绿\n化提升任务 3.8\n万亩');
    expect(findNumberInQuote(quote, '3.8', '万亩')).toEqual({
      ok: true,
      match: { text: '3.8\n万亩', start: 12, end: 18 },
    });
  });

  it('95 in "95%以上" (000)', () => {
    const quote = passage(doc000, '污染地块安全利用率\n达95%以上', { start: 549 });
    expect(quote).toBe('污染地块安全利用率\n达95%以上');
    expect(findNumberInQuote(quote, 95, '%')).toEqual({ ok: true, match: { text: '95%', start: 11, end: 14 } });
  });

  it('growth 3.9 in "增长3.9%", broken after 增长 (000)', () => {
    const quote = passage(doc000, 'GDP增长3.9%、增速连续3年');
    expect(quote).toBe('GDP 增长\n3.9%、增速连续3年');
    expect(findNumberInQuote(quote, 3.9, '%')).toEqual({ ok: true, match: { text: '3.9%', start: 7, end: 11 } });
  });

  it.each([
    { text: doc003, quote: '最高不超过25万元一部', value: 25, unit: '万元', match: '25万元' },
    { text: doc002, quote: '实现城镇新增就业5.5万人', value: '5.5', unit: '万人', match: '5.5万人' },
    { text: doc002, quote: '全长11.2公里', value: '11.2', unit: '公里', match: '11.2公里' },
    { text: doc002, quote: '首批42个重点项目签约', value: 42, unit: '个', match: '42个' },
    { text: doc001, quote: '市级以上研发平台80家', value: 80, unit: '家', match: '80家' },
    { text: doc000, quote: '船舶793艘。扎实推进', value: 793, unit: '艘', match: '793艘' },
    { text: doc000, quote: '空气质量年均优良天数超300天，城市生活', value: 300, unit: '天', match: '300天' },
    { text: doc002, quote: '投资总金额302.5亿元', value: '302.5', unit: '亿元', match: '302.5亿元' },
    { text: doc002, quote: '预计实际使用外资(FDI)2.95亿美元', value: 2.95, unit: '亿美元', match: '2.95亿美元' },
    { text: doc004, quote: '有常住人口90.3万人', value: '90.3', unit: '万人', match: '90.3万人' },
    { text: doc003, quote: '5个码头全部被依法关停', value: 5, unit: '个', match: '5\n个' },
    { text: doc000, quote: '建成雨污管网103公里，基本实现', value: 103, unit: '公里', match: '103\n公里' },
  ])('$value $unit in "$quote"', ({ text, quote, value, unit, match }) => {
    const result = findNumberInQuote(passage(text, quote), value, unit);
    expect(result).toMatchObject({ ok: true, match: { text: match } });
  });

  it('accepts "more than" markers: 5.7万余人 states 5.7 万人, 4200余起 states 4200 起', () => {
    const quote = passage(doc003, '城镇新增就业5.7万余人，新建');
    expect(findNumberInQuote(quote, 5.7, '万人')).toEqual({
      ok: true,
      match: { text: '5.7万余人', start: 8, end: 14 },
    });
    expect(findNumberInQuote(passage(doc002, '化解日常矛盾纠纷4200余起'), 4200, '起')).toMatchObject({
      ok: true,
      match: { text: '4200余起' },
    });
  });

  it('works without a unit, and accepts whitespace in the unit', () => {
    const quote = passage(doc000, '累计达1751亿元，跨境电商');
    expect(findNumberInQuote(quote, 1751)).toEqual({ ok: true, match: { text: '1751', start: 3, end: 7 } });
    expect(findNumberInQuote(quote, 1751, ' 亿 元')).toMatchObject({ ok: true, match: { text: '1751亿元' } });
  });
});

describe('findNumberInQuote with ranges whose unit follows the second number', () => {
  const width = passage(doc004, '南北宽1.49~14.38公里');

  it('1.49 and 14.38 公里 in "南北宽1.49~14.38公里" (004)', () => {
    expect(findNumberInQuote(width, '1.49', '公里')).toEqual({
      ok: true,
      match: { text: '1.49~14.38公里', start: 3, end: 15 },
    });
    expect(findNumberInQuote(width, '14.38', '公里')).toEqual({
      ok: true,
      match: { text: '14.38公里', start: 8, end: 15 },
    });
  });

  it.each(['1.49-14.38公里', '1.49至14.38公里', '1.49～14.38公里', '1.49 ~ 14.38\n公里'])(
    'reads both ends of "%s"',
    (range) => {
      const quote = `南北宽${range}`;
      expect(findNumberInQuote(quote, '1.49', '公里')).toMatchObject({ ok: true, match: { start: 3 } });
      expect(findNumberInQuote(quote, '14.38', '公里')).toMatchObject({ ok: true });
    },
  );

  it('still checks the unit, and reads no range where the numbers are not one', () => {
    expect(findNumberInQuote(width, '1.49', '米')).toMatchObject({ ok: false, code: 'UNIT_MISMATCH' });
    // Falling numbers are no range (2020-12 is a month); a list gives each number its own unit.
    expect(findNumberInQuote('南北宽14.38~1.49公里', '14.38', '公里')).toMatchObject({ ok: false });
    expect(findNumberInQuote('2020-12公里', '2020', '公里')).toMatchObject({ ok: false });
    expect(findNumberInQuote('南北宽1.49、14.38公里', '1.49', '公里')).toMatchObject({ ok: false });
    expect(findNumberInQuote('1.49~第14.38公里', '1.49', '公里')).toMatchObject({ ok: false });
  });
});

describe('findNumberInQuote negatives', () => {
  const gdp = passage(doc004, '增长到2020年的1325亿元');

  it('132 is not found inside 1325', () => {
    expect(findNumberInQuote(gdp, 132)).toEqual({
      ok: false,
      code: 'NUMBER_ABSENT',
      message: 'number 132 absent from quote "增长到2020年的1325亿元"; numbers found: 2020, 1325',
      numbersFound: ['2020', '1325'],
    });
  });

  it('1325 is not found inside 13250, 21325 or 1325.5', () => {
    for (const quote of ['总值13250亿元', '总值21325亿元', '总值1325.5亿元', '总值1,325,000元']) {
      expect(findNumberInQuote(quote, 1325)).toMatchObject({ ok: false, code: 'NUMBER_ABSENT' });
    }
  });

  it('3.9 is not found in 13.9, nor 3.9 in 3.95', () => {
    expect(findNumberInQuote('增长13.9%', '3.9', '%')).toMatchObject({
      ok: false,
      code: 'NUMBER_ABSENT',
      numbersFound: ['13.9'],
    });
    expect(findNumberInQuote('增长3.95%', '3.9', '%')).toMatchObject({ ok: false, code: 'NUMBER_ABSENT' });
  });

  it('UNIT_MISMATCH names what follows the number', () => {
    expect(findNumberInQuote(gdp, 1325, '万元')).toEqual({
      ok: false,
      code: 'UNIT_MISMATCH',
      message: 'number 1325 (万元) found in quote "增长到2020年的1325亿元" but followed by "亿元", not "万元"',
      numbersFound: ['2020', '1325'],
    });
  });

  it('UNIT_MISMATCH for 40亿美元 checked as 亿元 (000)', () => {
    const quote = passage(doc000, '实际利用外资超40亿美元', { start: 2905 });
    expect(quote).toBe('实际利用外\n资超40亿美元');
    const result = findNumberInQuote(quote, 40, '亿元');
    expect(result).toMatchObject({ ok: false, code: 'UNIT_MISMATCH' });
    expect(result.ok ? '' : result.message).toContain('followed by "亿美元", not "亿元"');
  });

  it('a unit must not be the start of a longer unit: 5865人次 is not 5865 人 (004)', () => {
    const quote = passage(sources.doc004, '全年接待相关部门及团体351场次、5865人次', { start: 2691 });
    expect(findNumberInQuote(quote, 5865, '人次')).toMatchObject({ ok: true, match: { text: '5865人次' } });
    const persons = findNumberInQuote(quote, 5865, '人');
    expect(persons).toMatchObject({ ok: false, code: 'UNIT_MISMATCH' });
    expect(persons.ok ? '' : persons.message).toContain('followed by "人次", not "人"');
    expect(findNumberInQuote(quote, 351, '场')).toMatchObject({ ok: false, code: 'UNIT_MISMATCH' });
    expect(findNumberInQuote('城镇新增就业5.7万余人次', 5.7, '万人')).toMatchObject({
      ok: false,
      code: 'UNIT_MISMATCH',
    });
  });

  it('a multiplier is part of the unit: 3.8万亩 is not 3.8 亩', () => {
    expect(findNumberInQuote('任务3.8万亩', 3.8, '亩')).toMatchObject({ ok: false, code: 'UNIT_MISMATCH' });
    // A bare multiplier as unit is incomplete but not contradicted by the text.
    expect(findNumberInQuote('任务3.8万亩', 3.8, '万')).toMatchObject({ ok: true, match: { text: '3.8万' } });
  });

  it('NUMBER_ABSENT with the numbers actually in the quote', () => {
    const quote = passage(doc003, '2019年，江北区实现地区生产总值1240亿元、增长8%');
    expect(findNumberInQuote(quote, '1325', '亿元')).toEqual({
      ok: false,
      code: 'NUMBER_ABSENT',
      message:
        'number 1325 (亿元) absent from quote "2019年，江北区实现地区生产总值 1240亿元、增长8%"; numbers found: 2019, 1240, 8',
      numbersFound: ['2019', '1240', '8'],
    });
  });

  it('INVALID_VALUE for values that are not non-negative decimals', () => {
    for (const value of ['', 'abc', '3.9%', '1,325', '-5', Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      expect(findNumberInQuote('增长3.9%', value)).toMatchObject({
        ok: false,
        code: 'INVALID_VALUE',
        numbersFound: ['3.9'],
      });
    }
  });
});

describe('findNumberInQuote number forms', () => {
  it('compares decimal values exactly, not as strings or floats', () => {
    expect(findNumberInQuote('增长0.50%', '0.5', '%')).toMatchObject({ ok: true });
    expect(findNumberInQuote('增长0.5%', 0.5)).toMatchObject({ ok: true });
    expect(findNumberInQuote('金额0.3亿元', 0.1 + 0.2)).toMatchObject({ ok: false, code: 'NUMBER_ABSENT' });
    expect(findNumberInQuote('金额12345678901234567890.5元', '12345678901234567890.50')).toMatchObject({ ok: true });
  });

  it('reads thousands separators and full-width digits', () => {
    expect(findNumberInQuote('总值1,325亿元', 1325, '亿元')).toEqual({
      ok: true,
      match: { text: '1,325亿元', start: 2, end: 9 },
    });
    expect(findNumberInQuote('总值1，325亿元', 1325, '亿元')).toMatchObject({
      ok: true,
      match: { text: '1，325亿元' },
    });
    expect(findNumberInQuote('总值１３２５亿元', 1325, '亿元')).toMatchObject({
      ok: true,
      match: { text: '１３２５亿元' },
    });
    expect(findNumberInQuote('增长３．９％', 3.9, '%')).toMatchObject({ ok: true, match: { text: '３．９％' } });
  });

  it('does not take a list comma for a thousands separator', () => {
    expect(findNumberInQuote('分别为12，34', 12)).toMatchObject({ ok: true });
    expect(findNumberInQuote('分别为12，3456', 12)).toMatchObject({ ok: true });
  });

  it('gives spans in code points of the original quote', () => {
    expect(findNumberInQuote('😀增长\n3.9%', 3.9, '%')).toEqual({
      ok: true,
      match: { text: '3.9%', start: 4, end: 8 },
    });
  });
});

describe('findNumberInQuote with Chinese numerals', () => {
  it("三分之一, spanning a line break in 003, matches 1/3 rounded to the value's decimals", () => {
    const quote = passage(doc003, '占全市的近三分之一');
    expect(quote).toBe('占全市的近三分\n之一');
    expect(findNumberInQuote(quote, '0.33')).toEqual({ ok: true, match: { text: '三分\n之一', start: 5, end: 10 } });
    expect(findNumberInQuote(quote, '0.333')).toMatchObject({ ok: true });
    expect(findNumberInQuote(quote, '33.3', '%')).toMatchObject({ ok: true, match: { text: '三分\n之一' } });
    expect(findNumberInQuote(quote, 33, '%')).toMatchObject({ ok: true });
    expect(findNumberInQuote(quote, '0.34')).toMatchObject({
      ok: false,
      code: 'NUMBER_ABSENT',
      numbersFound: ['三分之一'],
    });
    expect(findNumberInQuote(quote, '0.330')).toMatchObject({ ok: false, code: 'NUMBER_ABSENT' });
    expect(findNumberInQuote(quote, 0)).toMatchObject({ ok: false, code: 'NUMBER_ABSENT' });
    expect(findNumberInQuote(quote, 3)).toMatchObject({ ok: false, code: 'NUMBER_ABSENT' });
  });

  it('四分之一 (003) is exactly 0.25 or 25%', () => {
    const quote = passage(doc003, '共集聚金融机构473家，占全市的近四分之一');
    expect(findNumberInQuote(quote, 0.25)).toMatchObject({ ok: true, match: { text: '四分之一' } });
    expect(findNumberInQuote(quote, 25, '%')).toMatchObject({ ok: true });
    expect(findNumberInQuote(quote, 473, '家')).toMatchObject({ ok: true, match: { text: '473家' } });
  });

  it('the fraction 1∕12 written with a division slash (004)', () => {
    const quote = passage(doc004, '实现全口径税收221.3亿元、占全市的1∕12', { start: 1521 });
    expect(findNumberInQuote(quote, '8.3', '%')).toEqual({ ok: true, match: { text: '1∕12', start: 19, end: 23 } });
    expect(findNumberInQuote(quote, 12)).toMatchObject({ ok: false, code: 'NUMBER_ABSENT' });
    expect(findNumberInQuote(quote, '221.3', '亿元')).toMatchObject({ ok: true });
  });

  it('十三 (002), 两 (001) and 十八 (004) from the documents', () => {
    expect(findNumberInQuote(passage(doc002, '稳步推进区第十三次党代会'), 13)).toMatchObject({
      ok: true,
      match: { text: '十三' },
    });
    expect(findNumberInQuote(passage(doc001, '港城、鱼复两大园区'), 2)).toMatchObject({
      ok: true,
      match: { text: '两' },
    });
    expect(findNumberInQuote(passage(doc004, '重庆市十八中学'), 18)).toMatchObject({
      ok: true,
      match: { text: '十八' },
    });
  });

  it('"十三五" (000) is a plan name, not 13 or 5', () => {
    const quote = passage(doc000, '“十三五”时期，江北区以最坚定的决心');
    expect(findNumberInQuote(quote, 13)).toMatchObject({ ok: false, code: 'NUMBER_ABSENT', numbersFound: [] });
    expect(findNumberInQuote(quote, 5)).toMatchObject({ ok: false, code: 'NUMBER_ABSENT' });
  });

  it('四十二, 一百零五 and 百分之九十五', () => {
    expect(findNumberInQuote('签约四十二个项目', 42, '个')).toEqual({
      ok: true,
      match: { text: '四十二个', start: 2, end: 6 },
    });
    expect(findNumberInQuote('共一百零五家', '105', '家')).toMatchObject({ ok: true, match: { text: '一百零五家' } });
    expect(findNumberInQuote('覆盖率达百分之九十五', 95, '%')).toEqual({
      ok: true,
      match: { text: '百分之九十五', start: 4, end: 10 },
    });
    expect(findNumberInQuote('覆盖率达百分之九十五', 95)).toMatchObject({ ok: true });
    expect(findNumberInQuote('覆盖率达百分之九十五', 95, '个')).toMatchObject({ ok: false, code: 'UNIT_MISMATCH' });
    expect(findNumberInQuote('签约四十二个项目', 2)).toMatchObject({
      ok: false,
      code: 'NUMBER_ABSENT',
      numbersFound: ['四十二'],
    });
  });

  it('reads a bare 千 or 百 after a word of approximation as a round number, and 数千 as none', () => {
    const quote = passage(sources.doc000, '累计接待四川省多地来访交流近千余人次');
    expect(findNumberInQuote(quote, 1000, '人次')).toMatchObject({ ok: true, match: { text: '千余人次' } });
    expect(findNumberInQuote('上百家企业', 100, '家')).toMatchObject({ ok: true });
    expect(findNumberInQuote('数千人参加', 1000, '人')).toMatchObject({ ok: false, code: 'NUMBER_ABSENT' });
    expect(findNumberInQuote('千万不要', 1000)).toMatchObject({ ok: false });
  });

  it('万 and 亿 after a Chinese numeral belong to the unit', () => {
    expect(findNumberInQuote('新增就业三万人', 3, '万人')).toMatchObject({ ok: true, match: { text: '三万人' } });
    expect(findNumberInQuote('投资两千亿元', 2000, '亿元')).toMatchObject({ ok: true, match: { text: '两千亿元' } });
  });
});
