import { describe, expect, it } from 'vitest';
import { parseChineseInteger } from './chinese-numerals';
import { extractNumbers } from './numbers';
import { passage, sources } from './test-sources';

const parse = (numeral: string) => parseChineseInteger([...numeral]);

describe('parseChineseInteger', () => {
  it.each([
    ['两', 2n],
    ['十', 10n],
    ['十三', 13n],
    ['四十二', 42n],
    ['一百零五', 105n],
    ['一百一十五', 115n],
    ['一百五', 150n],
    ['三千二', 3200n],
    ['两万三千', 23_000n],
    ['两万三', 23_000n],
    ['一千零一十', 1010n],
    ['十万八千', 108_000n],
    ['一亿两千万', 120_000_000n],
    ['二〇二〇', 2020n],
  ])('%s = %s', (numeral, value) => {
    expect(parse(numeral)).toBe(value);
  });

  it.each(['十三五', '三十三十', '百', '一百一千', '万万'])('%s is not a numeral', (numeral) => {
    expect(parse(numeral)).toBeNull();
  });
});

describe('extractNumbers', () => {
  it('lists numbers with values, spans in code points and units (004)', () => {
    const quote = passage(sources.doc004, '辖区土地面积220.8平方公里,辖9个街道和3个镇,有常住人口90.3万人,城镇化率96%');
    expect(extractNumbers(quote)).toEqual([
      { text: '220.8', value: '220.8', start: 6, end: 11, unit: '平方公里' },
      { text: '9', value: '9', start: 17, end: 18, unit: '个' },
      { text: '3', value: '3', start: 22, end: 23, unit: '个' },
      { text: '90.3', value: '90.3', start: 31, end: 35, unit: '万人' },
      { text: '96', value: '96', start: 42, end: 44, unit: '%' },
    ]);
  });

  it('keeps line breaks in the token text and normalizes values', () => {
    expect(extractNumbers('任务 3.80\n万亩、1，325亿元、三分\n之一、😀百分之九十五')).toEqual([
      { text: '3.80', value: '3.8', start: 3, end: 7, unit: '万亩' },
      { text: '1，325', value: '1325', start: 11, end: 16, unit: '亿元' },
      { text: '三分\n之一', value: '1/3', start: 19, end: 24 },
      { text: '百分之九十五', value: '95', start: 26, end: 32, unit: '%' },
    ]);
  });

  it('skips numeral characters inside ordinary words (四川, 零售, 唯一一家 counts one 家)', () => {
    const numbers = extractNumbers('四川省社会消费品零售总额；唯一一家；千万不要');
    expect(numbers).toEqual([{ text: '一', value: '1', start: 15, end: 16, unit: '家' }]);
  });

  it('reads the whole 1∕5 fraction of 004 as one number', () => {
    expect(extractNumbers('占西南市场的1∕5,与')).toEqual([{ text: '1∕5', value: '0.2', start: 6, end: 9 }]);
  });
});
