// Where a server's CPU time went, from a V8 CPU profile (node --cpu-prof): self time per part of
// the stack (Next.js, React, Prisma, the pg driver, the app's own code, Node's internals) and the
// functions that cost most.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

/** Now on the clock V8 stamps profile samples with (CLOCK_MONOTONIC, microseconds) on Linux. */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

// First match wins: React is bundled inside Next.js's runtime files, so it is told apart by name.
const PARTS: Array<[string, (url: string, name: string) => boolean]> = [
  ['idle (waiting for I/O)', (_url, name) => name === '(idle)'],
  ['garbage collection', (_url, name) => name === '(garbage collector)'],
  ['public front (scripts/lib/public-front.ts)', (url) => url.includes('scripts/lib/public-front')],
  ['React rendering (react-dom/server, flight)', (url) => /react-dom|react-server-dom/.test(url)],
  ['Next.js app runtime (router, RSC and HTML rendering)', (url) => url.includes('next/dist/compiled/next-server')],
  ['Next.js request pipeline (next/dist)', (url) => url.includes('node_modules/next/')],
  ['Prisma (client runtime, query compiler)', (url) => /@prisma|\/prisma\/|generated\/prisma|query_compiler/.test(url)],
  ['pg driver', (url) => /node_modules\/pg(?:-[a-z]+)?\//.test(url)],
  ['app code (.next/server: pages, lib/, components/)', (url) => url.includes('.next/server')],
  ['Node.js internals (http, streams, zlib, crypto)', (url) => url.startsWith('node:') || url === ''],
];

function partOf(url: string, name: string): string {
  return PARTS.find(([, matches]) => matches(url, name))?.[0] ?? 'other (dependencies)';
}

export type Breakdown = {
  totalMs: number;
  busyMs: number;
  parts: Array<{ part: string; ms: number }>;
  functions: Array<{ name: string; ms: number }>;
};

/**
 * Reads the one profile in `dir` and sums self time by part and by function, over the samples
 * taken between `from` and `to` (monotonicMicros() readings: the load, not the server's start).
 */
export async function readBreakdown(dir: string, from: number, to: number): Promise<Breakdown> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  // tsx's module loader runs in a worker thread with a profile of its own; the server's main
  // thread is the one that was busiest during the load.
  const breakdowns = await Promise.all(
    files.map(async (file) =>
      breakdownOf(JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Profile, from, to),
    ),
  );
  return breakdowns.sort((a, b) => b.busyMs - a.busyMs)[0]!;
}

function breakdownOf(profile: Profile, from: number, to: number): Breakdown {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= from && at <= to) selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
  });

  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMicros = 0;
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const part = partOf(url, functionName);
    parts.set(part, (parts.get(part) ?? 0) + micros);
    totalMicros += micros;
    if (functionName.startsWith('(')) continue;
    const where = url ? `${path.basename(url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : 'native';
    const key = `${functionName || '(anonymous)'} (${where})`;
    functions.set(key, (functions.get(key) ?? 0) + micros);
  }
  const idle = parts.get(PARTS[0]![0]) ?? 0;
  const sorted = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([name, micros]) => ({ name, ms: micros / 1000 }));
  return {
    totalMs: totalMicros / 1000,
    busyMs: (totalMicros - idle) / 1000,
    parts: sorted(parts).map(({ name, ms }) => ({ part: name, ms })),
    functions: sorted(functions).slice(0, 12),
  };
}
