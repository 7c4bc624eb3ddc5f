// Where the database lives: the server in DATABASE_URL when set, else an embedded PostgreSQL.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

export type DatabaseServer = {
  /** A URL on the server's maintenance database, used to create and drop databases. */
  serverUrl: string;
  embedded: boolean;
  stop: () => Promise<void>;
};

export const DEFAULT_EMBEDDED_PORT = 54329;

export async function openDatabaseServer(options: {
  purpose: 'serve' | 'test';
  log?: (line: string) => void;
}): Promise<DatabaseServer> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { serverUrl: external, embedded: false, stop: async () => {} };
  }
  if (options.purpose === 'serve') {
    const dataDir = path.resolve(process.env.EMBEDDED_POSTGRES_DIR ?? '.data/postgres');
    const preferredPort = Number(process.env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_PORT);
    const running = await startEmbeddedPostgres({ dataDir, port: preferredPort, persistent: true, log: options.log });
    return { serverUrl: running.serverUrl, embedded: true, stop: running.stop };
  }
  // Tests get a throw-away cluster. The folder must be reachable by the `postgres` user when run as root.
  const parent = await mkdtemp(path.join(os.tmpdir(), 'cms-test-pg-'));
  await chmod(parent, 0o755);
  const running = await startEmbeddedPostgres({
    dataDir: path.join(parent, 'data'),
    persistent: false,
    log: options.log,
  });
  const stop = async () => {
    await running.stop();
    await rm(parent, { recursive: true, force: true });
  };
  return { serverUrl: running.serverUrl, embedded: true, stop };
}

export function databaseUrl(serverUrl: string, databaseName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

async function withMaintenanceClient<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  if (!SAFE_NAME.test(name)) throw new Error(`Unsafe database name: ${name}`);
  await withMaintenanceClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  });
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  if (!SAFE_NAME.test(name)) throw new Error(`Unsafe database name: ${name}`);
  await withMaintenanceClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Tests create and drop databases: refuse a server that is not on this machine unless told. */
export function assertLocalServer(serverUrl: string): void {
  const host = new URL(serverUrl).hostname;
  const local = ['localhost', '127.0.0.1', '::1', '[::1]', ''].includes(host) || host.startsWith('/');
  if (!local && process.env.ALLOW_REMOTE_TEST_DATABASE !== '1') {
    throw new Error(
      `Refusing to run tests against the non-local database host "${host}". Set ALLOW_REMOTE_TEST_DATABASE=1 if you mean it.`,
    );
  }
}
