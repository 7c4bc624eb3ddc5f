// The application's database: DATABASE_URL when set, else the `jiangbei_cms` database on the
// embedded PostgreSQL under .data/postgres (shared with a running `npm start`).
import { ensureDatabase, openDatabaseServer, type DatabaseServer } from './database';

export const EMBEDDED_DATABASE_NAME = 'jiangbei_cms';

export type AppDatabase = { url: string; server: DatabaseServer };

export async function openAppDatabase(log: (line: string) => void): Promise<AppDatabase> {
  const server = await openDatabaseServer({ purpose: 'serve', log });
  const url = server.embedded ? await ensureDatabase(server.serverUrl, EMBEDDED_DATABASE_NAME) : server.serverUrl;
  return { url, server };
}

/** Runs one task against the app database, then stops an embedded server that this call started. */
export async function withAppDatabase<T>(task: (url: string) => Promise<T>): Promise<T> {
  const { url, server } = await openAppDatabase((line) => console.log(line));
  try {
    return await task(url);
  } finally {
    await server.stop();
  }
}
