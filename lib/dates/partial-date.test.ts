import { describe, expect, it } from 'vitest';
import {
  endOfPartialDate,
  formatPartialDate,
  formatPartialDateZh,
  parsePartialDate,
  statesPartialDate,
} from './partial-date';

describe('parsePartialDate', () => {
  it('reads a day, a month or a year with its precision', () => {
    expect(parsePartialDate('2020-09-27')).toEqual({ date: new Date('2020-09-27T00:00:00Z'), precision: 'DAY' });
    expect(parsePartialDate('2020-09')).toEqual({ date: new Date('2020-09-01T00:00:00Z'), precision: 'MONTH' });
    expect(parsePartialDate('2020')).toEqual({ date: new Date('2020-01-01T00:00:00Z'), precision: 'YEAR' });
  });

  it('refuses dates that do not exist and other shapes', () => {
    for (const text of ['2020-02-30', '2021-02-29', '2020-13', '2020-00', '20', '2020/09/27', '', '2020-9-7']) {
      expect(parsePartialDate(text), text).toBeNull();
    }
    expect(parsePartialDate('2020-02-29')?.precision).toBe('DAY');
  });

  it('gives the last day a partial date covers and formats it back', () => {
    expect(endOfPartialDate(parsePartialDate('2020-02')!).toISOString().slice(0, 10)).toBe('2020-02-29');
    expect(endOfPartialDate(parsePartialDate('2020')!).toISOString().slice(0, 10)).toBe('2020-12-31');
    expect(formatPartialDate(parsePartialDate('2020-09')!)).toBe('2020-09');
    expect(formatPartialDateZh(parsePartialDate('2020-09-27')!)).toBe('2020年9月27日');
    expect(formatPartialDateZh(parsePartialDate('2020-09')!)).toBe('2020年9月');
  });
});

describe('statesPartialDate', () => {
  const day = parsePartialDate('2020-09-10')!;
  it('finds a day as the documents write it, the year left to the heading', () => {
    expect(statesPartialDate('9月10日,共青团四川省巴中市委与共青团重庆市江北区委签订', day)).toBe(true);
    expect(statesPartialDate('2020年9月 10日签订', day)).toBe(true);
  });
  it('refuses another day, a month that only ends like it, and a text without the date', () => {
    expect(statesPartialDate('9月11日签订', day)).toBe(false);
    expect(statesPartialDate('19月10日', day)).toBe(false);
    expect(statesPartialDate('先后与四川省泸州市、德阳市、巴中市签订人才及青年发展合作协议', day)).toBe(false);
  });
  it('reads a year or a month at the precision known', () => {
    expect(statesPartialDate('2020年，江北区与德阳市签订', parsePartialDate('2020')!)).toBe(true);
    expect(statesPartialDate('9月，两地签订', parsePartialDate('2020-09')!)).toBe(true);
    expect(statesPartialDate('两地签订', parsePartialDate('2020')!)).toBe(false);
  });
});
