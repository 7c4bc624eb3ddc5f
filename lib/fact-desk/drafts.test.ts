import { describe, expect, it } from 'vitest';
import { locateQuote } from '@/lib/citations';
import { sources } from '@/lib/citations/test-sources';
import type { CitationInput } from '@/lib/records/fields';
import {
  agreementFromQuote,
  observationFromQuote,
  organisationFromQuote,
  organisationKindOf,
  projectFromQuote,
  projectStatusOf,
  slugFromName,
} from './drafts';
import { prefillFromQuote } from './prefill';

function fromQuote(text: string, quote: string, referenceDate: string) {
  const located = locateQuote(text, quote);
  if (!located.ok) throw new Error(located.message);
  const citation: CitationInput = {
    sourceVersionId: '00000000-0000-4000-8000-000000000001',
    exact: located.exact,
    prefix: '',
    suffix: '',
    ...located.span,
  };
  return { citation, prefill: prefillFromQuote(text, located.span, { referenceDate: new Date(referenceDate) }) };
}

const regions = {
  jiangbeiId: 'jb',
  regions: [
    { id: 'jb', names: ['重庆市江北区', '江北区', '江北'] },
    { id: 'cq', names: ['重庆市'] },
    { id: 'cd', names: ['四川省成都市', '成都市'] },
    { id: 'qy', names: ['四川省成都市青羊区', '青羊区', '成都市青羊区'] },
  ],
};

describe('drafts from quotes', () => {
  it('gives readable slugs in pinyin', () => {
    expect(slugFromName('南洋商业银行')).toBe('nan-yang-shang-ye-yin-hang');
    expect(slugFromName('洋炮局1862')).toBe('yang-pao-ju-1862');
    expect(slugFromName('“九街有个单位”文创街区')).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  it('reads an organisation kind and a project status from their words', () => {
    expect(organisationKindOf('瑞华健康保险')).toBe('FINANCIAL_INSTITUTION');
    expect(organisationKindOf('最高人民法院第五巡回法庭')).toBe('JUDICIAL_BODY');
    expect(organisationKindOf('德阳通用电子科技学校')).toBe('SCHOOL');
    expect(projectStatusOf('北滨路东延伸段生态综合修复工程项目开工')).toBe('STARTED');
    expect(projectStatusOf('5个码头全部被依法关停')).toBe('COMPLETED');
    expect(projectStatusOf('丝路花街实现开街投运')).toBe('IN_USE');
  });

  it('opens a project with its start date and the quote cited twice (doc 002)', () => {
    const { citation, prefill } = fromQuote(
      sources.doc002,
      '2022年12月26日，作为江北区中下段地区群众期盼已久的项目，北滨路东延伸段生态综合修复工程项目开工',
      '2023-01',
    );
    const project = projectFromQuote('北滨路东延伸段生态综合修复工程项目', prefill, citation, citation.exact);
    expect(project).toMatchObject({ projectStatus: 'STARTED', kind: 'ECOLOGY', citations: [citation] });
    expect(project.milestones).toEqual([expect.objectContaining({ kind: 'STARTED', date: '2022-12-26' })]);
  });

  it('opens an agreement with its title, date and partner, not the district own city (doc 004)', () => {
    const { citation, prefill } = fromQuote(
      sources.doc004,
      '10月26日,重庆市江北区与成都市青羊区签订推动成渝地区双城经济圈建设友好城市合作协议',
      '2020-12',
    );
    const agreement = agreementFromQuote(prefill, citation, citation.exact, regions);
    expect(agreement).toMatchObject({
      title: '推动成渝地区双城经济圈建设友好城市合作协议',
      signedOn: '2020-10-26',
      partnerRegionId: 'qy',
      kind: 'FRIENDSHIP',
    });
    expect(agreement.parties.map((party) => party.organisationId)).toEqual(['jb', 'qy']);
  });

  it('opens an observation with value, qualifier, growth, basis and period (doc 002)', () => {
    const { citation, prefill } = fromQuote(
      sources.doc002,
      '全区预计实现地区生产总值1600亿元左右、增长3%左右',
      '2023-01',
    );
    const observation = observationFromQuote(prefill, citation, citation.exact);
    expect(observation).toMatchObject({
      value: '1600',
      qualifier: 'ABOUT',
      growthRate: '3',
      growthQualifier: 'ABOUT',
      basis: 'EXPECTED',
      period: '2022',
    });
    expect(organisationFromQuote('国华人寿', citation)).toMatchObject({
      name: '国华人寿',
      kind: 'FINANCIAL_INSTITUTION',
    });
  });
});
