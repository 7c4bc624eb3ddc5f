import { describe, expect, it } from 'vitest';
import { locateQuote } from '@/lib/citations';
import { sources } from '@/lib/citations/test-sources';
import { prefillFromQuote } from './prefill';

function prefill(text: string, quote: string, referenceDate: string | null = null, start?: number) {
  const located = locateQuote(text, quote, start === undefined ? {} : { start });
  if (!located.ok) throw new Error(located.message);
  return prefillFromQuote(text, located.span, { referenceDate: referenceDate ? new Date(referenceDate) : null });
}

describe('prefillFromQuote on the documents', () => {
  it('reads a value with its unit and 超 (doc 002)', () => {
    expect(prefill(sources.doc002, '实现存贷款余额超1.9万亿元').figures).toEqual([
      { text: '1.9', value: '1.9', unit: '万亿元', qualifier: 'OVER' },
    ]);
  });

  it('reads 余 inside the unit as more than, and keeps 签约 from reading as 约 (doc 002)', () => {
    expect(prefill(sources.doc002, '智慧城管中心上报各类城市管理问题34万余件').figures).toEqual([
      { text: '34', value: '34', unit: '万件', qualifier: 'OVER' },
    ]);
    expect(prefill(sources.doc002, '签约开工总投资208亿元').figures[0]).toMatchObject({
      value: '208',
      qualifier: 'EXACT',
    });
  });

  it('reads 左右 after the unit and a growth rate with its own qualifier (doc 002)', () => {
    const read = prefill(sources.doc002, '全区预计实现地区生产总值1600亿元左右、增长3%左右');
    expect(read.figures).toEqual([{ text: '1600', value: '1600', unit: '亿元', qualifier: 'ABOUT' }]);
    expect(read.growthRate).toEqual({ value: '3', qualifier: 'ABOUT' });
  });

  it('reads 近 as ABOUT, as the dataset records it, and the period from the paragraph (doc 000)', () => {
    const read = prefill(sources.doc000, '累计与四川各地签订合作协议近50个');
    expect(read.figures).toEqual([{ text: '50', value: '50', unit: '个', qualifier: 'ABOUT' }]);
  });

  it('reads 将近 and 接近 as ABOUT too, and 不到 as UNDER', () => {
    expect(prefill('将近50个', '将近50个').figures[0]?.qualifier).toBe('ABOUT');
    expect(prefill('接近50个', '接近50个').figures[0]?.qualifier).toBe('ABOUT');
    expect(prefill('不到50个', '不到50个').figures[0]?.qualifier).toBe('UNDER');
  });

  it('reads 同比增长 as the growth rate and the year of the bullet (doc 003)', () => {
    const read = prefill(sources.doc003, '2019年实现地区生产总值 1240亿元\n同比增长8%');
    expect(read.figures).toEqual([{ text: '1240', value: '1240', unit: '亿元', qualifier: 'EXACT' }]);
    expect(read.growthRate).toEqual({ value: '8', qualifier: 'EXACT' });
    expect(read.periods[0]?.denotes).toBe('2019');
  });

  it('reads units of people, area and length, and 万余 as more than (doc 004)', () => {
    const read = prefill(sources.doc004, '辖区土地面积220.8平方公里,辖9个街道和3个镇,有常住人口90.3万人');
    expect(read.figures.map((figure) => [figure.value, figure.unit])).toEqual([
      ['220.8', '平方公里'],
      ['9', '个'],
      ['3', '个'],
      ['90.3', '万人'],
    ]);
    expect(prefill(sources.doc002, '全长11.2公里').figures[0]).toMatchObject({ value: '11.2', unit: '公里' });
  });

  it('reads a full date in the quote (doc 002)', () => {
    const read = prefill(sources.doc002, '2022年12月26日，作为江北区中下段地区群众期盼已久的项目');
    expect(read.periods[0]).toMatchObject({ text: '2022年12月26日', denotes: '2022-12-26' });
  });

  it('takes the year of 10月11日 from its context, here the yearbook reference date (doc 004)', () => {
    // The yearbook's reference date in seeds/sources.json: it speaks from the end of the year it records.
    const read = prefill(sources.doc004, '10月11日,四川省巴中市委组织部与重庆市江北区委组', '2020-12');
    expect(read.periods[0]).toMatchObject({ text: '10月11日', denotes: '2020-10-11' });
  });

  it('reads a rank statement with its position and group (doc 004, doc 002)', () => {
    expect(prefill(sources.doc004, '跻身全市第4位').rank).toEqual({
      statement: '全市第4位',
      position: 4,
      group: '全市',
      top: false,
    });
    expect(prefill(sources.doc002, '2022年江北区营商环境测评跃居主城区第一').rank).toEqual({
      statement: '主城区第一',
      position: 1,
      group: '主城区',
      top: false,
    });
  });

  it('lists the names of a list statement (doc 002)', () => {
    const read = prefill(sources.doc002, '引进南洋商业银行、国华人寿、瑞华健康保险、重庆股权服务集团等21个银证保项目');
    expect(read.names.map((name) => name.text)).toEqual([
      '南洋商业银行',
      '国华人寿',
      '瑞华健康保险',
      '重庆股权服务集团',
    ]);
    expect(read.figures).toEqual([{ text: '21', value: '21', unit: '个', qualifier: 'EXACT' }]);
  });
});
