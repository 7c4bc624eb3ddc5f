import { describe, expect, it } from 'vitest';
import { formatDecimal, formatFigure, formatGrowth } from './value';

describe('figure formatting', () => {
  it('drops trailing zeros of stored decimals only', () => {
    expect(formatDecimal('1325.000000')).toBe('1325');
    expect(formatDecimal('3.800000')).toBe('3.8');
    expect(formatDecimal('1300')).toBe('1300');
  });

  it('says the qualifier and basis the way the documents do', () => {
    expect(formatFigure({ value: '300', unit: '天', qualifier: 'OVER' })).toBe('超300天');
    expect(formatFigure({ value: '1600.000000', unit: '亿元', qualifier: 'ABOUT', basis: 'EXPECTED' })).toBe(
      '预计约1600亿元',
    );
    expect(formatFigure({ value: '1751', unit: '亿元', isCumulative: true })).toBe('累计1751亿元');
  });

  it('writes growth and decline in words', () => {
    expect(formatGrowth('3.9000')).toBe('增长3.9%');
    expect(formatGrowth('-3', 'ABOUT')).toBe('下降约3%');
  });
});
