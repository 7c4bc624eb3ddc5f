import { describe, expect, it } from 'vitest';
import { readRanks } from './rank';

const read = (text: string) => readRanks(text).map(({ position, group, top }) => [position, group, top]);

describe('readRanks on the rank statements of the documents', () => {
  it('reads the position and the group it is counted in', () => {
    expect(read('总量稳居全市第一')).toEqual([[1, '全市', false]]);
    expect(read('全口径税收总量连续四年保持全市行政区第1位')).toEqual([[1, '全市行政区', false]]);
    expect(read('2022年江北区营商环境测评跃居主城区第一，全区预计')).toEqual([[1, '主城区', false]]);
  });

  it('reads two ranks of one statement, and a place among the first N', () => {
    expect(read('总量在全市排位实现“三连升”、跻身全市第4位；增速位居主城都市区中心城区第1位')).toEqual([
      [4, '全市', false],
      [1, '主城都市区中心城区', false],
    ]);
    expect(read('位列重庆贸易类企业前5，并跻身中国进出口500强企业榜单')).toEqual([[5, '重庆贸易类企业', true]]);
  });

  it('reads no rank from 前列, 第一批 or a count', () => {
    expect(read('研发投入强度位居全市前列')).toEqual([]);
    expect(read('全市第一批智慧教育应用示范区')).toEqual([]);
    expect(read('经济增速连续10个季度保持在8%以上')).toEqual([]);
  });
});
