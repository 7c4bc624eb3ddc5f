import { describe, expect, it } from 'vitest';
import { citationsByField, fieldsInQuote, inferCitedField, markerFields } from './cited-fields';

const gdp2020 = {
  value: '1325',
  unit: '亿元',
  growthRate: '3.9',
  rankStatement: '增速连续3年居主城都市区中心城区第一',
};

describe('which figure of an observation a quote supports', () => {
  it('a quote with only the growth rate supports the growth rate, not the value', () => {
    const quote = '扎实做好“六稳”工作，落实“六保”任务，GDP 增长3.9%';
    expect(fieldsInQuote(quote, gdp2020)).toEqual(['growthRate']);
    expect(inferCitedField(quote, gdp2020)).toBe('growthRate');
  });

  it('a quote with only the value supports the value', () => {
    expect(inferCitedField('地区生产总值从2015年的894亿元增长到2020年的1325亿元', gdp2020)).toBe('value');
  });

  it('a decline written in words is found by its magnitude', () => {
    const fall = { value: '12', unit: '亿元', growthRate: '-3', rankStatement: null };
    expect(fieldsInQuote('实现收入12亿元，下降3%', fall)).toEqual(['value', 'growthRate']);
  });

  it('a quote stating several figures, or none, supports the whole observation', () => {
    expect(inferCitedField('GDP 1325亿元，增长3.9%', gdp2020)).toBeNull();
    expect(inferCitedField('2020年，江北区统筹推进疫情防控', gdp2020)).toBeNull();
  });

  it('a rank statement is found in the quote whatever its line breaks', () => {
    const quote = 'GDP 增长3.9%、增速连续3年居主城都市区\n中心城区第一';
    expect(fieldsInQuote(quote, gdp2020)).toEqual(['growthRate', 'rankStatement']);
  });

  it('markers follow the recorded field, else what the quote states', () => {
    expect(markerFields({ field: 'growthRate', exact: 'GDP 1325亿元' }, gdp2020)).toEqual(['growthRate']);
    expect(markerFields({ field: null, exact: 'GDP 1325亿元，增长3.9%' }, gdp2020)).toEqual(['value', 'growthRate']);
    expect(markerFields({ field: null, exact: '统筹推进疫情防控' }, gdp2020)).toEqual([]);
    expect(markerFields({ field: 'nonsense', exact: '增长3.9%' }, gdp2020)).toEqual(['growthRate']);
  });
});

describe('citationsByField', () => {
  it('puts each quote beside the figures it supports, a quote of both beside both', () => {
    const growth = { id: 'g', field: null, exact: 'GDP 增长3.9%' };
    const value = { id: 'v', field: null, exact: '2020年的1325亿元' };
    const both = { id: 'b', field: null, exact: 'GDP 1325亿元，增长3.9%' };
    const context = { id: 'c', field: null, exact: '江北区统筹推进疫情防控和经济社会发展' };
    const groups = citationsByField([growth, value, both, context], gdp2020);
    expect(groups.value.map((c) => c.id)).toEqual(['v', 'b']);
    expect(groups.growthRate.map((c) => c.id)).toEqual(['g', 'b']);
    expect(groups.rankStatement).toEqual([]);
    expect(groups.whole.map((c) => c.id)).toEqual(['c']);
  });
});
