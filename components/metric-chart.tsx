import { formatDecimal } from '@/lib/format/value';
import type { ValueBasis } from '@/lib/generated/prisma/enums';

export type ChartPoint = {
  id: string;
  periodStart: Date;
  periodEnd: Date;
  label: string;
  value: number;
  basis: ValueBasis;
};

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 28, right: 24, bottom: 36, left: 56 };

const midpoint = (p: ChartPoint) => (p.periodStart.getTime() + p.periodEnd.getTime()) / 2;

function scale(points: ChartPoint[], width: number, height: number, pad: typeof PAD) {
  const times = points.map(midpoint);
  const minT = Math.min(...times);
  const maxT = Math.max(...times);
  const maxV = Math.max(...points.map((p) => p.value), 0) * 1.12 || 1;
  const x = (t: number) =>
    maxT === minT
      ? (pad.left + width - pad.right) / 2
      : pad.left + ((t - minT) / (maxT - minT)) * (width - pad.left - pad.right);
  const y = (v: number) => height - pad.bottom - (v / maxV) * (height - pad.top - pad.bottom);
  return { x, y, maxV };
}

/** A series over time as server-rendered SVG: reported values solid, expected and target values dashed and hollow. */
export function MetricChart({ points, unit, title }: { points: ChartPoint[]; unit: string; title: string }) {
  const sorted = [...points].sort((a, b) => midpoint(a) - midpoint(b));
  const { x, y, maxV } = scale(sorted, WIDTH, HEIGHT, PAD);
  const reported = sorted.filter((p) => p.basis === 'REPORTED');
  const lastReported = reported.at(-1);
  const projected = sorted.filter((p) => p.basis !== 'REPORTED');
  const path = (list: ChartPoint[]) =>
    list.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(midpoint(p)).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => (maxV / 1.12) * f);
  const summary = sorted.map((p) => `${p.label} ${formatDecimal(String(p.value))}${unit}`).join('，');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${title}：${summary}`}>
        <title>{title}</title>
        {ticks.map((t) => (
          <g key={t} className="chart__grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} />
            <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end">
              {Number(t.toPrecision(3)).toLocaleString('zh-CN')}
            </text>
          </g>
        ))}
        {reported.length > 1 && <path className="chart__line" d={path(reported)} />}
        {lastReported && projected.length > 0 && (
          <path className="chart__line chart__line--projected" d={path([lastReported, ...projected])} />
        )}
        {sorted.map((p) => {
          const cx = x(midpoint(p));
          const cy = y(p.value);
          return (
            <g key={p.id} className={`chart__point chart__point--${p.basis.toLowerCase()}`}>
              {p.basis === 'TARGET' ? (
                <path d={`M${cx},${cy - 7} L${cx + 7},${cy} L${cx},${cy + 7} L${cx - 7},${cy} Z`} />
              ) : (
                <circle cx={cx} cy={cy} r={5.5} />
              )}
              <text x={cx} y={cy - 12} textAnchor="middle" className="chart__value">
                {formatDecimal(String(p.value))}
              </text>
              <text x={cx} y={HEIGHT - PAD.bottom + 20} textAnchor="middle" className="chart__axis">
                {p.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__legend">
        <span className="legend legend--reported">实际</span>
        {projected.some((p) => p.basis === 'EXPECTED') && <span className="legend legend--expected">预计</span>}
        {projected.some((p) => p.basis === 'TARGET') && <span className="legend legend--target">目标</span>}
        <span className="chart__unit">单位：{unit || '—'}</span>
      </figcaption>
    </figure>
  );
}

/** A tiny trend line for cards (decorative: the figure beside it carries the data). */
export function Sparkline({ points }: { points: ChartPoint[] }) {
  const sorted = [...points].sort((a, b) => midpoint(a) - midpoint(b));
  const pad = { top: 4, right: 4, bottom: 4, left: 4 };
  const { x, y } = scale(sorted, 120, 36, pad);
  const d = sorted
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(midpoint(p)).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  return (
    <svg className="sparkline" viewBox="0 0 120 36" aria-hidden="true" focusable="false">
      <path d={d} />
      {sorted.map((p) => (
        <circle
          key={p.id}
          cx={x(midpoint(p))}
          cy={y(p.value)}
          r={2.2}
          className={`sparkline__dot--${p.basis.toLowerCase()}`}
        />
      ))}
    </svg>
  );
}

/** Observations that belong on a time chart: single periods, not cumulative ranges. */
export function chartPoints(
  observations: Array<{
    id: string;
    periodStart: Date;
    periodEnd: Date;
    periodLabel: string;
    value: { toString(): string };
    basis: ValueBasis;
    isCumulative: boolean;
    periodKind: string;
    rank: string;
  }>,
): ChartPoint[] {
  return observations
    .filter((o) => !o.isCumulative && o.periodKind !== 'YEAR_RANGE' && o.rank !== 'DEPRECATED')
    .map((o) => ({
      id: o.id,
      periodStart: o.periodStart,
      periodEnd: o.periodEnd,
      label: o.periodLabel,
      value: Number(o.value.toString()),
      basis: o.basis,
    }));
}
