// Which process used how much CPU during a load run, read from /proc (Linux), and which core each
// side runs on: the server under test on SERVER_CORE, the load generator on GENERATOR_CORE, so that
// "server at 100% of its core while wrk idles" means the server was the bottleneck, not the bench.
import { execFile } from 'node:child_process';
import { readdir, readFile, readlink } from 'node:fs/promises';
import os from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SERVER_CORE = 0;
export const GENERATOR_CORE = 1;
export const CORES = os.cpus().length;
/** Pinning needs a core for each side; on one core everything shares it. */
export const PINNED = CORES >= 2;

// USER_HZ: the unit of /proc's CPU times; 100 on every Linux architecture Node runs on.
const TICKS_PER_SECOND = 100;

async function processTicks(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime
    // are fields 14 and 15 of the line, 12th and 13th after the name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN; // the process has exited
  }
}

async function machineBusyTicks(): Promise<number> {
  const [cpuLine] = (await readFile('/proc/stat', 'utf8')).split('\n');
  const [user, nice, system, , , irq, softirq, steal] = cpuLine!.trim().split(/\s+/).slice(1).map(Number);
  return user! + nice! + system! + irq! + softirq! + steal!;
}

export type CpuShares = {
  /** Percent of one core, summed over the server's processes. */
  server: number;
  /** Percent of one core. */
  generator: number;
  /** Everything else on the machine (PostgreSQL, this script), percent of one core. */
  other: number;
};

/** Starts a CPU measurement of the given processes; `finish` returns their shares since then. */
export async function startCpuWindow(serverPids: number[], generatorPid: number) {
  const sample = async () => ({
    at: performance.now(),
    server: (await Promise.all(serverPids.map(processTicks))).reduce((sum, ticks) => sum + ticks, 0),
    generator: await processTicks(generatorPid),
    machine: await machineBusyTicks(),
  });
  const start = await sample();
  return {
    finish: async (): Promise<CpuShares> => {
      const end = await sample();
      const percent = (ticks: number) => (ticks / TICKS_PER_SECOND / ((end.at - start.at) / 1000)) * 100;
      const server = percent(end.server - start.server);
      const generator = percent(end.generator - start.generator);
      return { server, generator, other: Math.max(0, percent(end.machine - start.machine) - server - generator) };
    },
  };
}

const listeningInodes = async (port: number): Promise<Set<string>> => {
  const inodes = new Set<string>();
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const line of lines) {
      const columns = line.trim().split(/\s+/);
      // local_address is "ADDR:PORT" in hex; state 0A is LISTEN; column 9 is the socket's inode.
      if (columns[1]?.endsWith(`:${portHex}`) && columns[3] === '0A') inodes.add(columns[9]!);
    }
  }
  return inodes;
};

/**
 * The processes that hold the listening socket of `url`'s port: the process that serves it, not
 * the npx or tsx wrapper that started it (nginx's master and worker both hold it).
 */
export async function serverPids(url: string): Promise<number[]> {
  const inodes = await listeningInodes(Number(new URL(url).port));
  const sockets = new Set([...inodes].map((inode) => `socket:[${inode}]`));
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fds = await readdir(`/proc/${entry}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      if (sockets.has(await readlink(`/proc/${entry}/fd/${fd}`).catch(() => ''))) {
        pids.push(Number(entry));
        break;
      }
    }
  }
  if (pids.length === 0) throw new Error(`no process listens on ${url}`);
  return pids;
}

/** Pins every thread of the processes serving `url` to SERVER_CORE (threads started later inherit it). */
export async function pinServer(url: string): Promise<number[]> {
  const pids = await serverPids(url);
  if (PINNED) {
    for (const pid of pids)
      await run('taskset', ['--all-tasks', '--cpu-list', '--pid', String(SERVER_CORE), String(pid)]);
  }
  return pids;
}

/** The command line that runs `command` on GENERATOR_CORE. */
export function onGeneratorCore(command: string, args: string[]): [string, string[]] {
  return PINNED ? ['taskset', ['--cpu-list', String(GENERATOR_CORE), command, ...args]] : [command, args];
}
