import { describe, expect, it } from 'vitest';
import { parsePeriod, type Period } from '@/lib/dates/period';
import { locateQuote, type LocateOptions } from './locate';
import { checkPeriod, type PeriodCheck } from './period-check';
import { codePointSlice, sources } from './test-sources';

const { doc000, doc001, doc002, doc003, doc004 } = sources;

// Reference dates as seeds/sources.json dates the documents; the yearbook's is the year it records.
const SPRING_2021 = new Date('2021-04-01');
const EARLY_2022 = new Date('2022-01-01');
const JANUARY_2023 = new Date('2023-01-15');
const SPRING_2020 = new Date('2020-04-30');
const YEARBOOK_2020 = new Date('2020-12-31');

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed) throw new Error(`bad period ${text}`);
  return parsed;
}

/** The span of a quote in a constructed passage (BMP only, so UTF-16 and code point offsets agree). */
function spanOf(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
}

type CheckOptions = { referenceDate?: Date | null; locate?: LocateOptions };

/** Locates the quote, checks the claim, and holds every piece of evidence to the exact words at its offsets. */
function check(text: string, quote: string, claimed: string, options: CheckOptions = {}): PeriodCheck {
  const located = locateQuote(text, quote, options.locate);
  if (!located.ok) throw new Error(located.message);
  const result = checkPeriod(text, located.span, period(claimed), { referenceDate: options.referenceDate });
  for (const evidence of result.evidence) {
    expect(codePointSlice(text, evidence.start, evidence.end)).toBe(evidence.text);
  }
  return result;
}

describe('checkPeriod on 000 (news of spring 2021)', () => {
  const options = { referenceDate: SPRING_2021 };

  it('supports 2016/2020 by “十三五”时期 opening the paragraph', () => {
    const result = check(doc000, '空气质量年均优良天数超300天，城市生活污水集中处理率达95%', '2016/2020', options);
    expect(result).toEqual({
      ok: true,
      evidence: [expect.objectContaining({ text: '“十三五”时期', scope: 'paragraph', denotes: '2016/2020' })],
    });
  });

  it('a five-year plan contradicts a single year in it', () => {
    const result = check(doc000, '空气质量年均优良天数超300天，城市生活污水集中处理率达95%', '2020', options);
    expect(result).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文所在段落说的是 2016—2020年（“十三五”时期），而观测值的时期是 2020年',
    });
  });

  it('reads “十三五” broken over two lines in the sentence of the quote', () => {
    const result = check(doc000, '外贸进出口额累计达1751亿元', '2016/2020', {
      ...options,
      locate: { prefix: '出口超50亿元，' },
    });
    expect(result).toEqual({
      ok: true,
      evidence: [
        {
          start: expect.any(Number),
          end: expect.any(Number),
          text: '“十三五”\n时期',
          scope: 'sentence',
          denotes: '2016/2020',
          resolvedVia: '十三五 = 五年规划时期 2016—2020 年',
        },
      ],
    });
  });

  it('resolves 去年5月 against the document date, and cannot without one', () => {
    const quote = '去年5月，位于江北嘴的成渝地区双城经济圈江北区形象展示中心开馆';
    expect(check(doc000, quote, '2020-05', options)).toEqual({
      ok: true,
      evidence: [
        expect.objectContaining({
          text: '去年5月',
          scope: 'quote',
          denotes: '2020-05',
          resolvedVia: '去年5月 = 文件日期 2021 年的上一年',
        }),
      ],
    });
    expect(check(doc000, quote, '2020-05')).toMatchObject({
      ok: false,
      code: 'PERIOD_ABSENT',
      message:
        '引文及其上下文（句子、段落、小节标题）中找不到时期 2020年5月 的依据；' +
        '“去年5月”无法确定时期（上下文没有写明年份，也未给出文件日期）',
      evidence: [],
    });
    expect(check(doc000, quote, '2020-05', { referenceDate: EARLY_2022 })).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文本身说的是 2021年5月（“去年5月”，按文件日期 2022 年），而观测值的时期是 2020年5月',
    });
  });

  it('过去一年 in the paragraph is the year before the document date', () => {
    const result = check(doc000, '新引进国家金融科技认证中心等5家全国性金融和总部机构', '2020', options);
    expect(result).toEqual({
      ok: true,
      evidence: [
        expect.objectContaining({
          text: '过去一年',
          scope: 'paragraph',
          denotes: '2020',
          resolvedVia: '过去一年 = 文件日期 2021 年之前的 1 年',
        }),
      ],
    });
  });

  it('a bare month looks back for its year, not ahead: 3月底 of the 2021 两会, not of 2020', () => {
    const quote = '3月底召开的江北区两会';
    expect(check(doc000, quote, '2021-03-31', options)).toMatchObject({
      ok: true,
      evidence: [{ text: '3月底', denotes: '2021-03-31', resolvedVia: '3月底：年份取自文件日期 2021 年' }],
    });
    expect(check(doc000, quote, '2020-03')).toMatchObject({ ok: false, code: 'PERIOD_ABSENT' });
  });

  it('the infographic label “2020年” heads the figures under it', () => {
    const quote = '全口径税收与一般公共预算收入在全市“双第一”';
    const infographic = { ...options, locate: { suffix: '大力推进' } };
    expect(check(doc000, quote, '2020', infographic)).toEqual({
      ok: true,
      evidence: [expect.objectContaining({ text: '2020年', scope: 'heading', denotes: '2020' })],
    });
    expect(check(doc000, quote, '2019', infographic)).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文所在小节的标题说的是 2020年，而观测值的时期是 2019年',
    });
  });

  it('the same words pass in the report’s sentence and are absent from the infographic', () => {
    const inBody = check(doc000, 'GDP增长3.9%', '2020', { ...options, locate: { prefix: '落实“六保”任务，' } });
    expect(inBody).toMatchObject({ ok: true, evidence: [{ text: '2020年', scope: 'sentence' }] });
    const inGraphic = check(doc000, 'GDP增长3.9%', '2020', { ...options, locate: { suffix: '增速连续三年' } });
    expect(inGraphic).toMatchObject({ ok: false, code: 'PERIOD_ABSENT' });
  });

  it('is absent when the period is only in the previous paragraph', () => {
    const result = check(doc000, '拆解捕捞渔船和涉渔“三无”船舶793艘', '2016/2020', {
      ...options,
      locate: { prefix: '落实长江10年禁渔，' },
    });
    expect(result).toEqual({
      ok: false,
      code: 'PERIOD_ABSENT',
      message: '引文及其上下文（句子、段落、小节标题）中找不到时期 2016—2020年 的依据',
      evidence: [],
    });
  });
});

describe('checkPeriod on 001 (news of about 2022)', () => {
  const options = { referenceDate: EARLY_2022 };
  const target = '预计到2026年，江北区经贸国际化、投资便利化、文旅特色化水平大幅跃升，三资企业数量增至1000家以上';

  it('a target year supports that year', () => {
    expect(check(doc001, target, '2026', options)).toEqual({
      ok: true,
      evidence: [
        expect.objectContaining({
          text: '到2026年',
          scope: 'quote',
          denotes: '2026',
          resolvedVia: '到2026年 = 目标年份 2026 年',
        }),
      ],
    });
  });

  it('a target year supports a range of years ending with it, and contradicts the current year', () => {
    const quote = '单位地区生产总值能耗年均下降3%以上';
    expect(check(doc001, quote, '2022/2026', options)).toMatchObject({
      ok: true,
      evidence: [{ text: '到2026年', scope: 'sentence' }],
    });
    expect(check(doc001, quote, '2021', options)).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文所在句子说的是 2026年（“到2026年”，目标年份），而观测值的时期是 2021年',
    });
  });

  it('去年12月 in an early-2022 article is December 2021, which a claim of 2021 accepts', () => {
    const quote = '民政部公布了全国社区治理和服务创新实验区评选结果';
    expect(check(doc001, quote, '2021', options)).toMatchObject({
      ok: true,
      evidence: [{ text: '去年12月', scope: 'sentence', denotes: '2021-12' }],
    });
    expect(check(doc001, quote, '2022', options)).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文所在句子说的是 2021年12月（“去年12月”，按文件日期 2022 年），而观测值的时期是 2022年',
    });
  });

  it('未来5年 is the five years from the document date on', () => {
    const result = check(doc001, '让产业质效更高是未来5年江北区的首要重点任务', '2022/2026', options);
    expect(result).toMatchObject({ ok: true, evidence: [{ text: '未来5年', denotes: '2022/2026' }] });
  });

  it('is absent where the article states no period', () => {
    expect(check(doc001, '市级以上研发平台80家，市级以上重点实验室5家', '2021', options)).toEqual({
      ok: false,
      code: 'PERIOD_ABSENT',
      message: '引文及其上下文（句子、段落、小节标题）中找不到时期 2021年 的依据',
      evidence: [],
    });
  });
});

describe('checkPeriod on 002 (news of January 2023)', () => {
  const options = { referenceDate: JANUARY_2023 };
  const gdp = '全区预计实现地区生产总值1600亿元左右';

  it('rejects 1600亿元 cited for 2021: its sentence says 2022', () => {
    const result = check(doc002, gdp, '2021', options);
    expect(result).toEqual({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文所在句子说的是 2022年，而观测值的时期是 2021年',
      evidence: [expect.objectContaining({ text: '2022年', scope: 'sentence', denotes: '2022' })],
    });
  });

  it('accepts 1600亿元 for 2022, with or without the document date', () => {
    const expected = { ok: true, evidence: [expect.objectContaining({ text: '2022年', scope: 'sentence' })] };
    expect(check(doc002, gdp, '2022', options)).toEqual(expected);
    expect(check(doc002, gdp, '2022')).toEqual(expected);
  });

  it('resolves the signing day 1月9日 from 2023年 in its sentence', () => {
    const quote = '2023年江北区重点招商项目暨“满天星”行动集中签约仪式于1月9日在江北嘴隆重举行';
    expect(check(doc002, quote, '2023-01-09')).toMatchObject({
      ok: true,
      evidence: [{ text: '1月9日', denotes: '2023-01-09', resolvedVia: '1月9日：年份取自同句“2023年”' }],
    });
    expect(check(doc002, quote, '2022-01-09')).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文本身说的是 2023年、2023年1月9日（“1月9日”，按同句“2023年”），而观测值的时期是 2022年1月9日',
    });
  });

  it('全年 takes the year its paragraph speaks of, even when it comes later', () => {
    const quote = '预计全年商品销售总额6200亿元、增长11%';
    expect(check(doc002, quote, '2022', options)).toMatchObject({
      ok: true,
      evidence: [
        { text: '全年', scope: 'quote', denotes: '2022', resolvedVia: '全年：年份取自同段“2022年8月”' },
        { text: '2022年8月', scope: 'paragraph', denotes: '2022-08' },
      ],
    });
    expect(check(doc002, quote, '2023', options)).toMatchObject({ ok: false, code: 'PERIOD_CONFLICT' });
  });

  it('a dated day supports its day, month and year, and nothing else', () => {
    const quote = '江北区图书馆鸿恩寺馆正式开馆';
    for (const claimed of ['2022-09-30', '2022-09', '2022']) {
      expect(check(doc002, quote, claimed, options)).toMatchObject({ ok: true, evidence: [{ text: '2022年9月30日' }] });
    }
    expect(check(doc002, quote, '2022-10-01', options)).toMatchObject({ ok: false, code: 'PERIOD_CONFLICT' });
    expect(check(doc002, quote, '2022-H2', options)).toMatchObject({ ok: false, code: 'PERIOD_CONFLICT' });
  });

  it('这一年 with no year in its paragraph is reported, not guessed from the document date', () => {
    const result = check(doc002, '召开5次区委深改委会议', '2022', options);
    expect(result).toEqual({
      ok: false,
      code: 'PERIOD_ABSENT',
      message:
        '引文及其上下文（句子、段落、小节标题）中找不到时期 2022年 的依据；“这一年”无法确定时期（上下文没有写明年份）',
      evidence: [],
    });
  });
});

describe('checkPeriod on 003 (news of spring 2020)', () => {
  const options = { referenceDate: SPRING_2020 };

  it('a comparison base is no period of the figure', () => {
    const quote = '2019年，伟仕佳杰重庆公司进出口总额比2018年大幅增加2亿美元，达到11亿美元';
    expect(check(doc003, quote, '2019', options)).toEqual({
      ok: true,
      evidence: [expect.objectContaining({ text: '2019年', scope: 'quote' })],
    });
    expect(check(doc003, quote, '2018', options)).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文本身说的是 2019年，而观测值的时期是 2018年',
      evidence: [{ text: '2019年' }],
    });
  });

  it('4月 takes its year from 2020年1月 earlier in the paragraph, broken over two lines', () => {
    const quote = '首家落户重庆江北区的国际商业地产“五大行”之一——第一太平戴维斯重庆公司落户江北嘴';
    expect(check(doc003, quote, '2020-04', options)).toMatchObject({
      ok: true,
      evidence: [{ text: '4月', scope: 'sentence', resolvedVia: '4月：年份取自同段“2020年1月”' }],
    });
    expect(check(doc003, '正在筹建的重庆小米消费金融有限公司落户江北', '2020-01')).toMatchObject({
      ok: true,
      evidence: [{ text: '2020年1\n月', scope: 'sentence', denotes: '2020-01' }],
    });
  });

  it('reads 自2016年9月运行以来 as a span up to the document date, not a year', () => {
    const quote = '注册用户突破180万户、认证用户达到60万户';
    expect(check(doc003, quote, '2016/2020', options)).toMatchObject({
      ok: true,
      evidence: [{ text: '2016年9月运行以来', scope: 'sentence', denotes: '2016/2020' }],
    });
    expect(check(doc003, quote, '2019', options)).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文所在句子说的是 2016—2020年（“2016年9月运行以来”，按文件日期 2020 年），而观测值的时期是 2019年',
    });
  });

  it('2012年以来 needs the document date to end', () => {
    const quote = '在江北区投资设立了3家企业';
    expect(check(doc003, quote, '2012/2020', options)).toMatchObject({
      ok: true,
      evidence: [
        { text: '2012年以来', denotes: '2012/2020', resolvedVia: '2012年以来 = 自 2012 年至文件日期 2020 年' },
      ],
    });
    expect(check(doc003, quote, '2012/2020')).toMatchObject({
      ok: false,
      code: 'PERIOD_ABSENT',
      message: expect.stringContaining('“2012年以来”无法确定时期（未给出文件日期）'),
    });
  });

  it('a day without a year in its paragraph takes the document date', () => {
    const quote = '获得国家药品监督管理局正式批准';
    expect(check(doc003, quote, '2020-03-01', options)).toMatchObject({
      ok: true,
      evidence: [{ text: '3月1日', scope: 'sentence', resolvedVia: '3月1日：年份取自文件日期 2020 年' }],
    });
  });

  it('is absent for a stock whose year is only in an earlier paragraph', () => {
    const result = check(doc003, '共集聚金融机构473家，占全市的近四分之一', '2019', options);
    expect(result).toMatchObject({ ok: false, code: 'PERIOD_ABSENT', evidence: [] });
  });
});

describe('checkPeriod on 004 (yearbook entry on 2020)', () => {
  const options = { referenceDate: YEARBOOK_2020 };
  const panzhihua = '重庆市江北区人民政府与四川省攀枝花市人民政府签署推动区域协同发展合作协议';

  it('resolves the signing day 9月27日 to 2020 with the year the yearbook records', () => {
    expect(check(doc004, panzhihua, '2020-09-27', options)).toEqual({
      ok: true,
      evidence: [
        expect.objectContaining({
          text: '9月27日',
          scope: 'sentence',
          denotes: '2020-09-27',
          resolvedVia: '9月27日：年份取自文件日期 2020 年',
        }),
      ],
    });
  });

  it('the same day is unresolved without a date, and wrong with the web page’s 2023 date', () => {
    expect(check(doc004, panzhihua, '2020-09-27')).toMatchObject({
      ok: false,
      code: 'PERIOD_ABSENT',
      message: expect.stringContaining('“9月27日”无法确定时期（上下文没有写明年份，也未给出文件日期）'),
    });
    expect(check(doc004, panzhihua, '2020-09-27', { referenceDate: new Date('2023-06-07') })).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文所在句子说的是 2023年9月27日（“9月27日”，按文件日期 2023 年），而观测值的时期是 2020年9月27日',
    });
  });

  it('supports either year of a quote stating two, and names both against a third', () => {
    const quote = '江北区地区生产总值由2016年的778亿元增长到2020年的1325亿元';
    expect(check(doc004, quote, '2016', options)).toMatchObject({ ok: true, evidence: [{ text: '2016年' }] });
    expect(check(doc004, quote, '2020', options)).toMatchObject({ ok: true, evidence: [{ text: '2020年' }] });
    expect(check(doc004, quote, '2019', options)).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文本身说的是 2016年、2020年，而观测值的时期是 2019年',
    });
  });

  it('9月27—29日 supports September but is too coarse for one of its days', () => {
    const quote = '江北区与德阳市教育行政部门签订成渝地区双城经济圈教育合作框架协议';
    expect(check(doc004, quote, '2020-09', options)).toMatchObject({
      ok: true,
      evidence: [{ text: '9月27—29日', scope: 'paragraph', denotes: '2020-09-27/2020-09-29' }],
    });
    expect(check(doc004, quote, '2020-09-28', options)).toMatchObject({
      ok: false,
      code: 'PERIOD_ABSENT',
      message:
        '引文及其上下文（句子、段落、小节标题）中找不到时期 2020年9月28日 的依据；' +
        '只写到 2020年9月27—29日（“9月27—29日”，按文件日期 2020 年），不足以确定 2020年9月28日',
      evidence: [{ text: '9月27—29日' }],
    });
  });

  it('全年 in the quote takes 2020年 from later in its paragraph', () => {
    expect(check(doc004, '全区全年新引进优质项目17个', '2020', options)).toMatchObject({
      ok: true,
      evidence: [
        { text: '全年', scope: 'quote', resolvedVia: '全年：年份取自同段“2020年”' },
        { text: '2020年' },
        { text: '2020年' },
      ],
    });
  });

  it('a plan (拟于2021年) supports its own clause and says nothing of the rest of the paragraph', () => {
    const plan = '拟于2021年与四川省内江市、绵阳市正式签订友好合作协议';
    expect(check(doc004, plan, '2021', options)).toMatchObject({ ok: true, evidence: [{ text: '拟于2021年' }] });
    const figure = '与友好城市在产业、经贸、政法、文化、科技、教育、招商、政务、网信、人才等多个领域签订专项协议105个';
    expect(check(doc004, figure, '2020', options)).toMatchObject({ ok: false, code: 'PERIOD_ABSENT', evidence: [] });
  });

  it('a 【…】 label heads its paragraph but states no year here', () => {
    const result = check(doc004, '长安汽车在成都地区年采购金额超过20亿元', '2020', options);
    expect(result).toMatchObject({ ok: false, code: 'PERIOD_ABSENT' });
  });
});

describe('checkPeriod on constructed passages', () => {
  it('上半年 and 前三季度 take the year of the paragraph', () => {
    const text = '2020年，全区经济逐步恢复。上半年，全区实现地区生产总值610亿元；前三季度，实现地区生产总值960亿元。';
    const at = (quote: string) => spanOf(text, quote);
    expect(checkPeriod(text, at('全区实现地区生产总值610亿元'), period('2020-H1'))).toMatchObject({
      ok: true,
      evidence: [
        { text: '上半年', scope: 'sentence', denotes: '2020-H1', resolvedVia: '上半年：年份取自同段“2020年”' },
      ],
    });
    expect(checkPeriod(text, at('全区实现地区生产总值610亿元'), period('2020'))).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文所在句子说的是 2020年上半年（“上半年”，按同段“2020年”），而观测值的时期是 2020年',
    });
    for (const claimed of ['2020-Q3', '2020-09']) {
      expect(checkPeriod(text, at('实现地区生产总值960亿元'), period(claimed))).toMatchObject({
        ok: true,
        evidence: [{ text: '前三季度', denotes: '2020-Q3' }],
      });
    }
    expect(checkPeriod(text, at('实现地区生产总值960亿元'), period('2020'))).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
    });
  });

  it('resolves 去年 and 今年 against the reference date, and 上年 against the year written beside it', () => {
    const text = '去年，全区实现地区生产总值1325亿元。今年一季度，全区实现地区生产总值330亿元。';
    const lastYear = { start: 3, end: 19 };
    const firstQuarter = { start: 26, end: 41 };
    const options = { referenceDate: new Date('2021-05-01') };
    expect(checkPeriod(text, lastYear, period('2020'), options)).toMatchObject({
      ok: true,
      evidence: [{ text: '去年', denotes: '2020', resolvedVia: '去年 = 文件日期 2021 年的上一年' }],
    });
    expect(checkPeriod(text, firstQuarter, period('2021-Q1'), options)).toMatchObject({
      ok: true,
      evidence: [{ text: '今年一季度', denotes: '2021-Q1' }],
    });
    const yearbook = '2020年末，全区常住人口90.3万人，上年末为89.5万人。';
    expect(checkPeriod(yearbook, { start: 20, end: 30 }, period('2019-12-31'))).toMatchObject({
      ok: true,
      evidence: [{ text: '上年末', denotes: '2019-12-31', resolvedVia: '上年末 = 同句“2020年末”的上一年' }],
    });
  });

  it('a year-end stock supports its year and its last day', () => {
    const text = '截至2020年底，全区共有市场主体10.2万户。';
    const span = { start: 9, end: 23 };
    expect(checkPeriod(text, span, period('2020'))).toMatchObject({ ok: true, evidence: [{ text: '2020年底' }] });
    expect(checkPeriod(text, span, period('2020-12-31'))).toMatchObject({ ok: true });
    expect(checkPeriod(text, span, period('2021'))).toMatchObject({ ok: false, code: 'PERIOD_CONFLICT' });
  });

  it('reads year ranges, five-year plans, 五年来 and Chinese numeral years', () => {
    const cases: Array<[string, string, string]> = [
      ['2016—2020年，全区累计完成投资5000亿元。', '2016/2020', '2016—2020年'],
      ['2016-2020年，全区累计完成投资5000亿元。', '2016/2020', '2016-2020年'],
      ['“十二五”期间，全区累计完成投资3000亿元。', '2011/2015', '“十二五”期间'],
      ['十四五时期，全区力争完成投资6000亿元。', '2021/2025', '十四五时期'],
      ['五年来，全区累计完成投资5000亿元。', '2016/2020', '五年来'],
      ['二〇二〇年，全区完成投资1000亿元。', '2020', '二〇二〇年'],
      ['2018年以来，全区累计完成投资3000亿元。', '2018/2021', '2018年以来'],
    ];
    for (const [text, claimed, words] of cases) {
      const length = [...text].length;
      const result = checkPeriod(text, { start: 0, end: length }, period(claimed), {
        referenceDate: new Date('2021-03-01'),
      });
      expect(result, text).toMatchObject({ ok: true, evidence: [{ text: words, denotes: claimed }] });
    }
  });

  it('与2019年相比 is a comparison base, not the period', () => {
    const text = '2020年，全区实现地区生产总值1325亿元，与2019年相比增长3.9%。';
    const result = checkPeriod(text, { start: 0, end: [...text].length }, period('2019'));
    expect(result).toMatchObject({ ok: false, code: 'PERIOD_CONFLICT', evidence: [{ text: '2020年' }] });
  });

  it('a section heading supplies the year of a paragraph that has none', () => {
    const text =
      '一、2020年经济运行情况\n\n全区实现地区生产总值1325亿元，增长3.9%。\n\n二、2021年工作安排\n\n全区力争实现地区生产总值1400亿元。';
    const result = checkPeriod(text, spanOf(text, '全区实现地区生产总值1325亿元'), period('2020'));
    expect(result).toMatchObject({ ok: true, evidence: [{ text: '2020年', scope: 'heading', start: 2, end: 7 }] });
    expect(checkPeriod(text, spanOf(text, '全区力争实现地区生产总值1400亿元'), period('2020'))).toMatchObject({
      ok: false,
      code: 'PERIOD_CONFLICT',
      message: '引文所在小节的标题说的是 2021年，而观测值的时期是 2020年',
    });
  });

  it('counts offsets in code points, past characters outside the BMP', () => {
    const text = '𠀾𠀾报道：2020年，全区实现地区生产总值1325亿元。';
    const result = checkPeriod(text, { start: 11, end: 27 }, period('2020'));
    expect(result).toMatchObject({ ok: true, evidence: [{ text: '2020年', start: 5, end: 10 }] });
  });

  it('rejects a span outside the text', () => {
    expect(() => checkPeriod('2020年', { start: 2, end: 9 }, period('2020'))).toThrow(RangeError);
    expect(() => checkPeriod('2020年', { start: 3, end: 2 }, period('2020'))).toThrow(RangeError);
  });
});
