// Production servers for benchmarks and multi-server tests: the app (scripts/serve.ts, as
// `npm start` runs it) and a plain Node HTTP server that serves one saved HTML file (the reference
// of what Node alone can do).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { findFreePort } from './embedded-postgres';
import { signalGroup } from './processes';

export type Site = {
  name: string;
  url: string;
  /** Lines the server printed since the last call (query logs when CMS_LOG_QUERIES=1). */
  drainOutput: () => string[];
  stop: () => Promise<void>;
};

export const CACHE_REFRESH_TOKEN = randomBytes(32).toString('hex');

/** Waits until `url` answers below 500, failing at once if `child` exits first. */
export async function waitUntilServing(url: string, child: ChildProcess, name: string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before serving`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not start serving ${url} within 2 minutes`);
}

function startProcess(name: string, command: string, args: string[], env: Record<string, string>, url: string) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let lines: string[] = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = partial + chunk.toString('utf8');
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    // Output nobody drains (a server under load) must not grow without bound.
    if (lines.length > 100_000) lines = lines.slice(-10_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const site: Site = {
    name,
    url,
    drainOutput: () => {
      const drained = lines;
      lines = [];
      return drained;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return { child, site };
}

/**
 * The app's production build on a free port, with extra environment (PAGE_CACHE, REDIS_URL, …),
 * served as `npm start` serves it (scripts/serve.ts), optionally profiled, or, to test that way of
 * serving too, by plain `next start`.
 */
export async function startSite(
  name: string,
  databaseUrl: string,
  env: Record<string, string> = {},
  via: 'npm start' | 'next start' | { cpuProfileDir: string } = 'npm start',
): Promise<Site> {
  const port = await findFreePort(0);
  const url = `http://127.0.0.1:${port}`;
  const [command, ...args] =
    via === 'npm start'
      ? ['npx', 'tsx', 'scripts/serve.ts']
      : via === 'next start'
        ? ['npx', 'next', 'start', '--port', String(port), '--hostname', '127.0.0.1']
        : // As `npm start` serves, with V8's CPU profile written into the folder when it stops.
          [
            process.execPath,
            '--cpu-prof',
            `--cpu-prof-dir=${via.cpuProfileDir}`,
            '--import',
            'tsx',
            'scripts/serve.ts',
          ];
  const { child, site } = startProcess(
    name,
    command!,
    args,
    {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
      CACHE_REFRESH_TOKEN,
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    url,
  );
  await waitUntilServing(`${url}/about`, child, name);
  return site;
}

/** Serves `file` for every request from a plain `node:http` server in its own process. */
export async function startFileServer(file: string): Promise<Site> {
  const port = await findFreePort(0);
  const url = `http://127.0.0.1:${port}`;
  const script = path.join(process.cwd(), 'scripts', 'lib', 'file-server.mjs');
  const { child, site } = startProcess('file server', process.execPath, [script, file, String(port)], {}, url);
  await waitUntilServing(url, child, 'file server');
  return site;
}

export async function refreshPages(site: Site) {
  const response = await fetch(`${site.url}/api/cache/refresh`, {
    method: 'POST',
    headers: { authorization: `Bearer ${CACHE_REFRESH_TOKEN}` },
  });
  if (response.status !== 204) throw new Error(`cache refresh answered ${response.status}`);
}
