import { describe, expect, it } from 'vitest';
import { seriesAndAlternates, type ChartPoint } from './chart-series';

const point = (id: string, year: number, value: number, scope: string | null = null, rank = 'NORMAL'): ChartPoint => ({
  id,
  periodStart: new Date(Date.UTC(year, 0, 1)),
  periodEnd: new Date(Date.UTC(year, 11, 31)),
  label: `${year}年`,
  value,
  basis: 'REPORTED',
  rank,
  scope,
});

describe('seriesAndAlternates', () => {
  it('keeps a scoped observation out of the metric’s own series', () => {
    const core = point('core', 2019, 473, '江北嘴金融核心区');
    const district = point('district', 2020, 490);
    const { series, scoped, alternates } = seriesAndAlternates([district, core]);
    expect(series.map((p) => p.id)).toEqual(['district']);
    expect(scoped.map((p) => p.id)).toEqual(['core']);
    expect(alternates).toEqual([]);
  });

  it('does not treat a scoped value of a period in the series as another source’s value', () => {
    const { series, scoped, contested } = seriesAndAlternates([
      point('district', 2020, 490),
      point('core', 2020, 473, '江北嘴金融核心区'),
    ]);
    expect(series.map((p) => p.id)).toEqual(['district']);
    expect(scoped.map((p) => p.id)).toEqual(['core']);
    expect(contested.size).toBe(0);
  });

  it('still sets another source’s unscoped value for the same period apart', () => {
    const { series, alternates } = seriesAndAlternates([
      point('a', 2020, 50),
      point('b', 2020, 105, null, 'PREFERRED'),
    ]);
    expect(series.map((p) => p.id)).toEqual(['b']);
    expect(alternates.map((p) => p.id)).toEqual(['a']);
  });
});
