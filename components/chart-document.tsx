// A metric's chart as a standalone SVG file (the download, and the source of the PNG): the page's
// own chart with a title, its legend and unit, and where it comes from, at a fixed size. Rendered
// to markup by lib/share/svg-markup.ts, never in a page.
import { cloneElement } from 'react';
import { MetricChart, seriesAndAlternates, type ChartPoint } from '@/components/metric-chart';
import { findHostElement } from '@/lib/share/svg-markup';

// Families for viewers of the file; the PNG rasteriser maps sans-serif to the font the site ships.
const FONT_FAMILY =
  "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const MARGIN = 24;
const CHART_TOP = 84;
const FOOTER = 48;
const LEGEND_SIZE = 13;

const documentStyle = `
text { font-family: ${FONT_FAMILY}; fill: #1d2330; }
.document__title { font-size: 20px; font-weight: 700; }
.document__legend, .document__source { font-size: ${LEGEND_SIZE}px; fill: #525b6b; }
.document__swatch { fill: none; stroke: #0b5cad; stroke-width: 3; }
.document__swatch--expected { stroke-dasharray: 6 4; }
.document__swatch--target { stroke: #b35c00; stroke-dasharray: 6 4; }
.document__swatch--alternate { fill: #fff; stroke: #c25e00; stroke-width: 2.5; }
.document__swatch--scoped { fill: #fff; stroke: #7a5a00; stroke-width: 2.5; }
`;

// Text width without measuring: CJK characters are square, Latin ones about half as wide.
const textWidth = (text: string, size: number) =>
  [...text].reduce((sum, c) => sum + (c.codePointAt(0)! >= 0x2e80 ? size : size * 0.6), 0);

type Props = { points: ChartPoint[]; unit: string; title: string; sourceUrl: string; chartStyles: string };

export function ChartDocument({ points, unit, title, sourceUrl, chartStyles }: Props) {
  const chart = findHostElement(<MetricChart points={points} unit={unit} title={title} />, 'svg');
  if (!chart) throw new Error('MetricChart rendered no <svg>');
  const [, , chartWidth = 0, chartHeight = 0] = String(chart.props.viewBox).split(' ').map(Number);
  const width = chartWidth + 2 * MARGIN;
  const height = CHART_TOP + chartHeight + FOOTER;
  const { series, alternates, scoped } = seriesAndAlternates(points);
  // The same entries as the chart's legend on the page.
  const legend = [
    { kind: 'reported', label: '实际' },
    series.some((p) => p.basis === 'EXPECTED') && { kind: 'expected', label: '预计' },
    series.some((p) => p.basis === 'TARGET') && { kind: 'target', label: '目标' },
    alternates.length > 0 && { kind: 'alternate', label: '另一来源的数值（来源不一）' },
    scoped.length > 0 && {
      kind: 'scoped',
      label: `${[...new Set(scoped.map((p) => p.scope))].join('、')}的数值（范围较小，未连入折线）`,
    },
  ].filter((entry) => entry !== false);
  let x = MARGIN;
  const legendY = 66;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{title}</title>
      <style>{`${chartStyles}\n${documentStyle}`}</style>
      <rect width={width} height={height} fill="#ffffff" />
      <text x={MARGIN} y={40} className="document__title">
        {title}
      </text>
      {legend.map(({ kind, label }) => {
        const start = x;
        x += 28 + textWidth(label, LEGEND_SIZE) + 18;
        return (
          <g key={kind}>
            {kind === 'scoped' ? (
              <rect
                className="document__swatch document__swatch--scoped"
                x={start + 5}
                y={legendY - 10}
                width={10}
                height={10}
              />
            ) : kind === 'alternate' ? (
              <path
                className="document__swatch document__swatch--alternate"
                d={`M${start + 10},${legendY - 11} L${start + 16},${legendY - 5} L${start + 10},${legendY + 1} L${start + 4},${legendY - 5} Z`}
              />
            ) : (
              <line
                className={`document__swatch document__swatch--${kind}`}
                x1={start}
                x2={start + 22}
                y1={legendY - 5}
                y2={legendY - 5}
              />
            )}
            <text x={start + 28} y={legendY} className="document__legend">
              {label}
            </text>
          </g>
        );
      })}
      <text x={x} y={legendY} className="document__legend">
        单位：{unit || '—'}
      </text>
      {cloneElement(chart, { x: MARGIN, y: CHART_TOP, width: chartWidth, height: chartHeight })}
      <text x={MARGIN} y={height - 20} className="document__source">
        来源：江北数据 {sourceUrl}
      </text>
    </svg>
  );
}
