import { formatDecimal } from '@/lib/format/value';
import { midpoint, seriesAndAlternates, type ChartPoint } from '@/lib/public/chart-series';

export { chartPoints, seriesAndAlternates, type ChartPoint } from '@/lib/public/chart-series';

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 28, right: 24, bottom: 36, left: 56 };

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
  const { series: sorted, alternates, scoped, contested } = seriesAndAlternates(points);
  const { x, y, maxV } = scale(points, WIDTH, HEIGHT, PAD);
  const reported = sorted.filter((p) => p.basis === 'REPORTED');
  const lastReported = reported.at(-1);
  const projected = sorted.filter((p) => p.basis !== 'REPORTED');
  const path = (list: ChartPoint[]) =>
    list.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(midpoint(p)).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => (maxV / 1.12) * f);
  const summary = [
    sorted.map((p) => `${p.label} ${formatDecimal(String(p.value))}${unit}`).join('，'),
    ...alternates.map((p) => `另一来源：${p.label} ${formatDecimal(String(p.value))}${unit}`),
    ...scoped.map((p) => `${p.scope}：${p.label} ${formatDecimal(String(p.value))}${unit}（未连入折线）`),
  ].join('；');
  // On a phone the chart shrinks to about half size; with many periods every other label goes.
  const crowded = sorted.length > 6;
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
        {sorted.map((p, index) => {
          const cx = x(midpoint(p));
          const cy = y(p.value);
          // Labels at the plot's ends lean inwards, so that larger text on a phone stays inside.
          const anchor = cx > WIDTH - PAD.right - 40 ? 'end' : cx < PAD.left + 40 ? 'start' : 'middle';
          const lx = anchor === 'end' ? cx + 8 : anchor === 'start' ? cx - 8 : cx;
          const minor = crowded && index % 2 === 1 && index !== sorted.length - 1;
          return (
            <g
              key={p.id}
              className={`chart__point chart__point--${p.basis.toLowerCase()}${contested.has(p.id) && p.rank === 'PREFERRED' ? ' chart__point--preferred' : ''}${minor ? ' chart__point--minor' : ''}`}
            >
              {p.basis === 'TARGET' ? (
                <path d={`M${cx},${cy - 7} L${cx + 7},${cy} L${cx},${cy + 7} L${cx - 7},${cy} Z`} />
              ) : (
                <circle cx={cx} cy={cy} r={contested.has(p.id) && p.rank === 'PREFERRED' ? 7 : 5.5} />
              )}
              <text x={lx} y={cy - 12} textAnchor={anchor} className="chart__value">
                {formatDecimal(String(p.value))}
              </text>
              <text x={lx} y={HEIGHT - PAD.bottom + 20} textAnchor={anchor} className="chart__axis">
                {p.label}
              </text>
            </g>
          );
        })}
        {alternates.map((p) => {
          const cx = x(midpoint(p)) + 14;
          const cy = y(p.value);
          return (
            <g key={p.id} className="chart__point chart__point--alternate">
              <path d={`M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`} />
              <text x={cx + 10} y={cy + 18} textAnchor="start" className="chart__value">
                {formatDecimal(String(p.value))}
              </text>
            </g>
          );
        })}
        {scoped.map((p) => {
          // A square, unjoined: the value is about a narrower subject than the series.
          const alone = !sorted.some((q) => midpoint(q) === midpoint(p));
          // Beside a series point of the same period, shifted like another source's value.
          const cx = x(midpoint(p)) + (alone ? 0 : 14);
          const cy = y(p.value);
          const anchor = cx > WIDTH - PAD.right - 40 ? 'end' : cx < PAD.left + 40 ? 'start' : 'middle';
          const lx = anchor === 'end' ? cx + 8 : anchor === 'start' ? cx - 8 : cx;
          return (
            <g key={p.id} className="chart__point chart__point--scoped">
              <rect x={cx - 5} y={cy - 5} width={10} height={10} />
              {/* Below its square (above, it meets the series' labels and the y axis) unless it would meet the x axis. */}
              <text
                x={lx}
                y={cy + 22 > HEIGHT - PAD.bottom ? cy - 12 : cy + 22}
                textAnchor={anchor}
                className="chart__value"
              >
                {formatDecimal(String(p.value))}
              </text>
              {alone && (
                <text x={lx} y={HEIGHT - PAD.bottom + 20} textAnchor={anchor} className="chart__axis">
                  {p.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__legend">
        <span className="legend legend--reported">实际</span>
        {projected.some((p) => p.basis === 'EXPECTED') && <span className="legend legend--expected">预计</span>}
        {projected.some((p) => p.basis === 'TARGET') && <span className="legend legend--target">目标</span>}
        {alternates.length > 0 && (
          <a className="legend legend--alternate" href="#discrepancies-title">
            另一来源的数值（来源不一）
          </a>
        )}
        {scoped.length > 0 && (
          <span className="legend legend--scoped">
            {[...new Set(scoped.map((p) => p.scope))].join('、')}的数值（范围较小，未连入折线）
          </span>
        )}
        <span className="chart__unit">单位：{unit || '—'}</span>
      </figcaption>
    </figure>
  );
}

/** A tiny trend line for cards (decorative: the figure beside it carries the data). */
export function Sparkline({ points }: { points: ChartPoint[] }) {
  const { series: sorted, alternates } = seriesAndAlternates(points);
  const pad = { top: 4, right: 4, bottom: 4, left: 4 };
  const { x, y } = scale(points, 120, 36, pad);
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
      {alternates.map((p) => (
        <rect
          key={p.id}
          x={x(midpoint(p)) - 2}
          y={y(p.value) - 2}
          width={4}
          height={4}
          className="sparkline__dot--alternate"
        />
      ))}
    </svg>
  );
}
