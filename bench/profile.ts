// npm run bench:profile [-- /path …] — where the server's CPU time goes while it answers one path,
// from a V8 CPU profile of the server as `npm start` serves it (scripts/serve.ts): (a) rendered for
// every request (page cache off), (b) answered from the public front's kept responses. Prints the
// self time per part of the stack (Next.js, React, Prisma, pg, app code, Node) per request, and the
// costliest functions. Default paths: /projects, /search?q=德阳, /api/v1/metrics/gdp.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startSite } from '../scripts/lib/site';
import { runScript, withSeededDatabase } from './lib/seeded-database';
import { monotonicMicros, readBreakdown } from './lib/cpu-profile';
import { ms, percentile, sequentialTimings, table } from './lib/load';

const log = (line: string) => console.log(`[profile] ${line}`);
const MODES: Array<{ name: string; env: Record<string, string>; requests: number }> = [
  { name: 'rendered (page cache off)', env: { PAGE_CACHE: 'off' }, requests: 300 },
  { name: 'kept by the public front', env: {}, requests: 3_000 },
];

async function profilePath(databaseUrl: string, pagePath: string) {
  for (const mode of MODES) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cms-profile-'));
    try {
      const site = await startSite(`profiled, ${mode.name}`, databaseUrl, mode.env, { cpuProfileDir: dir });
      const url = new URL(pagePath, site.url).toString();
      let timings: number[];
      let from: number;
      let to: number;
      try {
        await sequentialTimings(url, 20); // code loaded, kept response made
        from = monotonicMicros();
        timings = await sequentialTimings(url, mode.requests);
        to = monotonicMicros();
      } finally {
        await site.stop(); // the profile is written as the server exits
      }
      const breakdown = await readBreakdown(dir, from, to);
      const perRequest = (total: number) => `${((total / mode.requests) * 1000).toFixed(0)} µs`;
      console.log(
        `\n${pagePath}, ${mode.name}: ${mode.requests} sequential requests, p50 ${ms(percentile(timings, 50))}, ` +
          `server CPU ${perRequest(breakdown.busyMs)} per request`,
      );
      console.log(
        table(
          ['part of the stack', 'CPU per request', 'share of CPU'],
          breakdown.parts
            .filter((part) => !part.part.startsWith('idle'))
            .map((part) => [part.part, perRequest(part.ms), `${((part.ms / breakdown.busyMs) * 100).toFixed(0)}%`]),
        ),
      );
      console.log(
        table(
          ['costliest functions (self time)', 'CPU per request'],
          breakdown.functions.slice(0, 8).map((fn) => [fn.name.slice(0, 90), perRequest(fn.ms)]),
        ),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

async function main() {
  const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
  await withSeededDatabase('cms_profile', log, async ({ url }) => {
    for (const pagePath of paths.length > 0 ? paths : ['/projects', '/search?q=德阳', '/api/v1/metrics/gdp']) {
      await profilePath(url, pagePath);
    }
  });
}

runScript(main);
