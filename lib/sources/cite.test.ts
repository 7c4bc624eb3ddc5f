import { describe, expect, it } from 'vitest';
import { bibtex, cslJson, gbt7714, type CitableSource } from './cite';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const news: CitableSource = {
  slug: 'jiangbei-reform-empowerment',
  title: '江北 改革赋能“两高”示范区建设',
  kind: 'NEWS_ARTICLE',
  byline: '王彩艳 杨敏',
  publisher: null,
  language: 'zh-CN',
  statedDate: null,
  statedDatePrecision: null,
  estimatedDate: day('2020-04-01'),
  estimatedDatePrecision: 'MONTH',
};
const options = { url: 'https://data.example/sources/jiangbei-reform-empowerment', retrieved: day('2024-03-15') };

describe('citing a source', () => {
  it('writes GB/T 7714-2015 with an estimated date in brackets and an unknown publisher said so', () => {
    expect(gbt7714(news, options)).toBe(
      '王彩艳, 杨敏. 江北 改革赋能“两高”示范区建设[N/OL]. [出版者不详], [2020-04][2024-03-15]. ' +
        'https://data.example/sources/jiangbei-reform-empowerment.',
    );
  });

  it('cites a figure with its permalink and page, and a stated date without brackets', () => {
    const bulletin: CitableSource = {
      ...news,
      kind: 'STATISTICAL_BULLETIN',
      byline: null,
      publisher: '江北区统计局',
      statedDate: day('2021-03-26'),
      statedDatePrecision: 'DAY',
    };
    const figure = {
      url: 'https://data.example/citations/abc',
      retrieved: day('2024-03-15'),
      page: 2,
      figure: '签约项目 · 2020年 42个',
    };
    expect(gbt7714(bulletin, figure)).toBe(
      '江北 改革赋能“两高”示范区建设：签约项目 · 2020年 42个[R/OL]. 江北区统计局, 2021-03-26: 2[2024-03-15]. ' +
        'https://data.example/citations/abc.',
    );
    expect(cslJson(bulletin, figure)).toMatchObject({
      type: 'report',
      publisher: '江北区统计局',
      issued: { 'date-parts': [[2021, 3, 26]] },
      page: '2',
      URL: 'https://data.example/citations/abc',
      accessed: { 'date-parts': [[2024, 3, 15]] },
    });
  });

  it('writes BibTeX with escaped braces, authors joined by "and", and CSL-JSON marking the estimate', () => {
    const braced = { ...news, title: '标题{含}花括号' };
    const entry = bibtex(braced, options);
    expect(entry).toContain('@misc{jiangbei_reform_empowerment,');
    expect(entry).toContain('title = {{标题\\{含\\}花括号}},');
    expect(entry).toContain('author = {王彩艳 and 杨敏},');
    expect(entry).toContain('year = {2020},\n  month = {4},');
    expect(entry).toContain('urldate = {2024-03-15},');
    expect(entry).toContain('note = {日期为编辑估计},');
    expect(cslJson(news, options)).toEqual({
      id: 'jiangbei-reform-empowerment',
      type: 'article-newspaper',
      title: '江北 改革赋能“两高”示范区建设',
      author: [{ literal: '王彩艳' }, { literal: '杨敏' }],
      issued: { 'date-parts': [[2020, 4]], circa: true },
      URL: options.url,
      accessed: { 'date-parts': [[2024, 3, 15]] },
      language: 'zh-CN',
    });
  });
});
