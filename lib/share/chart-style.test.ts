import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartStyleRules } from '@/lib/share/chart-style';

describe('chartStyleRules', () => {
  it('keeps the top-level .chart__ rules with their variables written out', () => {
    const css = `:root { --accent: #0b5cad; --muted: #525b6b; }
/* .chart__comment { color: red } */
.chart { border: 1px solid var(--accent); }
.chart__line,
.chart__point path { stroke: var(--accent); stroke-width: 2.5; }
.legend, .chart__axis { color: var(--muted); }
@media (max-width: 40rem) { .chart__axis { font-size: 23px; } @supports (x: y) { .chart__line { a: b; } } }
.chart__axis { fill: var(--muted); }`;
    expect(chartStyleRules(css)).toBe(
      '.chart__line, .chart__point path { stroke: #0b5cad; stroke-width: 2.5; }\n.chart__axis { fill: #525b6b; }',
    );
  });

  it('finds the chart rules in the site stylesheet', () => {
    const rules = chartStyleRules(readFileSync('app/globals.css', 'utf8'));
    expect(rules).toMatch(/\.chart__line \{[^}]*stroke: #[0-9a-f]{6}/);
    expect(rules).not.toContain('var(');
  });
});
