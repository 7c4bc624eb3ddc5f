// Load runs (autocannon, in this process) and single-request timings.
import autocannon from 'autocannon';

export type LoadResult = {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Responses that were not 2xx, plus connection errors and timeouts. */
  failures: number;
  bytesPerResponse: number;
};

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);

export async function loadRun(url: string, options: { duration?: number } = {}): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: options.duration ?? DURATION_SECONDS,
    headers: { 'accept-encoding': 'identity' },
  });
  const responses = result.requests.total || 1;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
    bytesPerResponse: result.throughput.total / responses,
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Milliseconds of each of `count` sequential requests, sorted. */
export async function sequentialTimings(url: string, count: number, before?: () => Promise<void>): Promise<number[]> {
  const timings: number[] = [];
  for (let i = 0; i < count; i++) {
    if (before) await before();
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    timings.push(performance.now() - start);
  }
  return timings.sort((a, b) => a - b);
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : '—');
export const ratio = (value: number) => `${(value * 100).toFixed(0)}%`;

/** A fixed-width text table. */
export function table(header: string[], rows: string[][]): string {
  const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u3000-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
