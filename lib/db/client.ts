// Builds a Prisma client on the pg driver adapter (Prisma 7 has no native query engine).
// The app uses the singleton in lib/db.ts; scripts and tests build their own for a given URL.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

// Secrets are left out of every query result unless a query asks for them explicitly.
const omitSecrets = {
  user: { passwordHash: true, totpSecret: true },
  recoveryCode: { codeHash: true },
} as const;

export function createPrismaClient(databaseUrl: string) {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
  return new PrismaClient({ adapter, omit: omitSecrets });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** A client that counts the SQL statements it sends (query-count tests and benchmarks). */
export function createCountingPrismaClient(databaseUrl: string) {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
  const client = new PrismaClient({ adapter, omit: omitSecrets, log: [{ emit: 'event', level: 'query' }] });
  const counter = { statements: [] as string[] };
  client.$on('query', (event) => counter.statements.push(event.query));
  return { client: client as unknown as Db, counter };
}
// The client handed to the callback of db.$transaction.
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Plain records in a query result, nested relations included (Dates and Decimals are values). */
function countRecords(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + countRecords(item), 0);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return 0;
  return 1 + Object.values(value).reduce<number>((sum, inner) => sum + countRecords(inner), 0);
}

/**
 * A client that prints every SQL statement and the records each operation returned, one line each
 * (`[db:query] …`, `[db:rows] N`): the benchmarks read them to count a page's queries and rows.
 * Used by the app when CMS_LOG_QUERIES=1.
 */
export function createQueryLoggingPrismaClient(databaseUrl: string): Db {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10 });
  const client = new PrismaClient({ adapter, omit: omitSecrets, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => console.log(`[db:query] ${event.query.replace(/\s+/g, ' ').slice(0, 200)}`));
  const logging = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        const result = await query(args);
        console.log(`[db:rows] ${countRecords(result)}`);
        return result;
      },
    },
  });
  return logging as unknown as Db;
}
