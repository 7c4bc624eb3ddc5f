import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod } from './period';

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('parsePeriod', () => {
  it.each([
    ['2020', 'YEAR', '2020-01-01', '2020-12-31'],
    ['2016/2020', 'YEAR_RANGE', '2016-01-01', '2020-12-31'],
    ['2020-H2', 'HALF_YEAR', '2020-07-01', '2020-12-31'],
    ['2020-Q1', 'QUARTER', '2020-01-01', '2020-03-31'],
    ['2020-02', 'MONTH', '2020-02-01', '2020-02-29'],
    ['2020-12-31', 'DAY', '2020-12-31', '2020-12-31'],
  ])('%s is a %s from %s to %s', (text, kind, start, end) => {
    const period = parsePeriod(text)!;
    expect(period.kind).toBe(kind);
    expect([iso(period.start), iso(period.end)]).toEqual([start, end]);
  });

  it('refuses backwards ranges and unknown shapes', () => {
    for (const text of ['2020/2016', '2020/2020', '2020-H3', '2020-Q5', '十三五', '2020-02-30']) {
      expect(parsePeriod(text), text).toBeNull();
    }
  });
});

describe('formatPeriod', () => {
  it('writes back every kind of period in the form parsePeriod reads', () => {
    for (const text of ['2020', '2016/2020', '2020-H1', '2020-H2', '2020-Q3', '2020-09', '2020-12-31']) {
      expect(formatPeriod(parsePeriod(text)!)).toBe(text);
    }
  });
});
