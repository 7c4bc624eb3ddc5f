// Load runs (wrk on its own core, see ./cpu.ts) and single-request timings.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { onGeneratorCore, serverPids, startCpuWindow, type CpuShares } from './cpu';

export type LoadResult = {
  rps: number;
  /** Milliseconds. */
  p50: number;
  /** Milliseconds. */
  p99: number;
  requests: number;
  /** Responses that were not 2xx or 3xx, plus connection errors and timeouts. */
  failures: number;
  bytesPerResponse: number;
  cpu: CpuShares;
};

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);

const REPORT_SCRIPT = path.join(process.cwd(), 'bench', 'lib', 'wrk-report.lua');

type WrkReport = {
  requests: number;
  micros: number;
  bytes: number;
  p50: number;
  p99: number;
  status: number;
  connect: number;
  read: number;
  write: number;
  timeout: number;
};

/**
 * `connections` keep-alive connections on one wrk thread for `duration` seconds, with the CPU of
 * the server behind `url`, of wrk and of the rest of the machine sampled over the middle of the run.
 */
export type LoadOptions = { connections?: number; duration?: number; headers?: Record<string, string> };

export async function loadRun(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const connections = options.connections ?? CONNECTIONS;
  const durationMs = (options.duration ?? DURATION_SECONDS) * 1000;
  const server = await serverPids(url);
  const headers = Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['--header', `${name}: ${value}`]);
  const [command, args] = onGeneratorCore('wrk', [
    '--threads',
    '1',
    '--connections',
    String(connections),
    '--duration',
    `${durationMs / 1000}s`,
    '--timeout',
    '10s',
    '--script',
    REPORT_SCRIPT,
    ...headers,
    url,
  ]);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = once(child, 'close').catch((error: Error) => {
    throw new Error(`wrk could not run (${error.message}); install it with: apt-get install wrk`);
  });
  // Skip the start (connecting) and the end (wrk's report) of the run.
  const margin = Math.min(500, durationMs * 0.1);
  await Promise.race([sleep(margin), exited]);
  const window = await startCpuWindow(server, child.pid ?? NaN);
  await Promise.race([sleep(durationMs - 2 * margin), exited]);
  const cpu = await window.finish();
  await exited;
  const json = /^WRK_JSON (.*)$/m.exec(output)?.[1];
  if (child.exitCode !== 0 || !json) throw new Error(`wrk ${url} failed (exit ${child.exitCode}):\n${output}`);
  const report = JSON.parse(json) as WrkReport;
  const responses = report.requests || 1;
  return {
    rps: report.requests / (report.micros / 1e6),
    p50: report.p50 / 1000,
    p99: report.p99 / 1000,
    requests: report.requests,
    failures: report.status + report.connect + report.read + report.write + report.timeout,
    bytesPerResponse: report.bytes / responses,
    cpu,
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
