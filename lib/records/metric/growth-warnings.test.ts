import { describe, expect, it } from 'vitest';
import { growthWarnings } from './record';
import { emptyObservation, type MetricDraft, type ObservationDraft } from './schema';

const observation = (period: string, value: string, growthRate = ''): ObservationDraft => ({
  ...emptyObservation(),
  period,
  periodLabel: `${period}年`,
  value,
  growthRate,
});
const gdp = (observations: ObservationDraft[]): MetricDraft => ({
  slug: 'gdp',
  nameZh: '地区生产总值',
  nameEn: '',
  synonyms: [],
  unit: '亿元',
  topicId: '00000000-0000-4000-8000-000000000000',
  subjectId: null,
  description: '',
  featured: false,
  observations,
  valueDiscrepancies: [],
});

describe('growthWarnings', () => {
  it('accepts a growth rate that fits the previous year (nominal values, real growth)', () => {
    expect(growthWarnings(gdp([observation('2019', '1240', '8'), observation('2020', '1325', '3.9')]))).toEqual([]);
  });

  it('flags a growth rate far from what the previous year implies', () => {
    const warnings = growthWarnings(gdp([observation('2019', '1240'), observation('2020', '1325', '20')]));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('推算上年约 1104.2亿元');
    expect(warnings[0]).toContain('-11.0%');
  });

  it('says nothing without a previous year to compare with', () => {
    expect(growthWarnings(gdp([observation('2016', '778'), observation('2020', '1325', '20')]))).toEqual([]);
  });
});
