import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MetricChart, type ChartPoint } from '@/components/metric-chart';
import { findHostElement, svgMarkup } from '@/lib/share/svg-markup';

const point = (id: string, year: number, value: number, extra: Partial<ChartPoint> = {}): ChartPoint => ({
  id,
  periodStart: new Date(Date.UTC(year, 0, 1)),
  periodEnd: new Date(Date.UTC(year, 11, 31)),
  label: `${year}年`,
  value,
  basis: 'REPORTED',
  rank: 'NORMAL',
  ...extra,
});

const chart = createElement(MetricChart, {
  title: '地区生产总值 <"测试">',
  unit: '亿元',
  points: [
    point('a', 2019, 1200.5),
    point('b', 2020, 1325, { rank: 'PREFERRED' }),
    point('c', 2020, 1300),
    point('d', 2021, 1400, { basis: 'EXPECTED' }),
    point('e', 2025, 2000, { basis: 'TARGET' }),
  ],
});

describe('svgMarkup', () => {
  it('writes a server-rendered chart exactly as react-dom/server does', () => {
    expect(svgMarkup(chart)).toBe(renderToStaticMarkup(chart));
  });

  it('finds the svg inside the component and escapes text and attributes', () => {
    const svg = findHostElement(chart, 'svg');
    expect(svg?.props.viewBox).toMatch(/^0 0 \d+ \d+$/);
    const markup = svgMarkup(svg);
    expect(markup).toMatch(/^<svg viewBox="[^"]+" role="img" aria-label="地区生产总值 &lt;&quot;测试&quot;&gt;：/);
    expect(markup).toContain('<title>地区生产总值 &lt;&quot;测试&quot;&gt;</title>');
    expect(markup).toContain('text-anchor="end"');
    expect(markup).not.toContain('<figcaption');
  });

  it('expands fragments and refuses what it cannot write', () => {
    expect(svgMarkup(createElement(Fragment, null, createElement('g', { strokeWidth: 2 }), 'a&b'))).toBe(
      '<g stroke-width="2"></g>a&amp;b',
    );
    expect(() => svgMarkup(createElement('rect', { onClick: () => undefined }))).toThrow(/unsupported/);
  });
});
