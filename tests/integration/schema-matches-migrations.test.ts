// The migrations are hand-written SQL (Prisma's CLI cannot apply migrations offline): this test
// proves that the migrated database is what prisma/schema.prisma describes, model by model, field
// by field (type, nullability, default), index by index and foreign key by foreign key, all under
// Prisma's own names, and that the runner keeps Prisma's _prisma_migrations contract.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '@/lib/db/migrate';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/database';

// ─────────────────────────── What the schema says (Prisma's DMMF) ───────────────────────────

type DmmfField = {
  name: string;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  hasDefaultValue: boolean;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: Array<{ name: string }>;
};
type Dmmf = {
  datamodel: {
    models: DmmfModel[];
    enums: Array<{ name: string; dbName?: string | null; values: Array<{ name: string; dbName?: string | null }> }>;
    indexes: DmmfIndex[];
  };
};

const dmmf = JSON.parse(
  get_dmmf(JSON.stringify({ prismaSchema: readFileSync('prisma/schema.prisma', 'utf8') })),
) as Dmmf;
const { models, enums, indexes } = dmmf.datamodel;

// The comparison below assumes Prisma's default names for tables and columns; a @@map/@map would
// need handling here first.
for (const model of models) {
  if (model.dbName) throw new Error(`${model.name} uses @@map: teach this test about mapped names`);
}

/** Prisma's default constraint and index names: `{table}_{columns}_{suffix}`, cut to PostgreSQL's 63 bytes. */
// Search's n-gram GIN expression indexes (migration search_ngram_indexes) are beyond Prisma's
// schema language; they are checked on their own below.
const SEARCH_INDEX = /_search_idx$/;
const SEARCH_INDEXED_TABLES = ['Agreement', 'Metric', 'Observation', 'Organisation', 'Project', 'SourceVersionSearch'];
// The stored n-grams of source texts (migration source_text_search_grams): a table of search's own.
const SEARCH_TABLES = ['SourceVersionSearch'];

function prismaName(table: string, columns: string[], suffix: 'pkey' | 'key' | 'idx' | 'fkey'): string {
  const base = suffix === 'pkey' ? table : `${table}_${columns.join('_')}`;
  return `${base.slice(0, 63 - suffix.length - 1)}_${suffix}`;
}

type ExpectedType = { udt: string; precision?: number; scale?: number; datetimePrecision?: number };

/** The PostgreSQL type Prisma creates for a field, as information_schema's udt_name reports it. */
function expectedType(where: string, field: DmmfField): ExpectedType {
  const element = ((): ExpectedType => {
    if (field.kind === 'enum') return { udt: field.type };
    if (field.nativeType) {
      const [name, args] = field.nativeType;
      if (name === 'Uuid') return { udt: 'uuid' };
      if (name === 'Date') return { udt: 'date' };
      if (name === 'Timestamptz') return { udt: 'timestamptz', datetimePrecision: Number(args[0] ?? 6) };
      if (name === 'Timestamp') return { udt: 'timestamp', datetimePrecision: Number(args[0] ?? 6) };
      if (name === 'Decimal') return { udt: 'numeric', precision: Number(args[0]), scale: Number(args[1]) };
      throw new Error(`${where}: native type @db.${name} is not mapped in this test yet`);
    }
    // Prisma's defaults without a native type attribute.
    const scalar: Record<string, ExpectedType> = {
      String: { udt: 'text' },
      Int: { udt: 'int4' },
      BigInt: { udt: 'int8' },
      Boolean: { udt: 'bool' },
      Float: { udt: 'float8' },
      Json: { udt: 'jsonb' },
      Bytes: { udt: 'bytea' },
      DateTime: { udt: 'timestamp', datetimePrecision: 3 },
      Decimal: { udt: 'numeric', precision: 65, scale: 30 },
    };
    const type = scalar[field.type];
    if (!type) throw new Error(`${where}: scalar type ${field.type} is not mapped in this test yet`);
    return type;
  })();
  return field.isList ? { ...element, udt: `_${element.udt}` } : element;
}

const sqlString = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The column default PostgreSQL reports (information_schema.columns.column_default) for a field's @default. */
function expectedDefault(where: string, table: string, field: DmmfField, udt: string): string | null {
  if (!field.hasDefaultValue) return null;
  const value = field.default;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'name' in value) {
    const fn = value as { name: string; args: unknown[] };
    if (fn.name === 'now') return 'CURRENT_TIMESTAMP';
    if (fn.name === 'dbgenerated') return String(fn.args[0]);
    if (fn.name === 'autoincrement') return `nextval('"${table}_${field.name}_seq"'::regclass)`;
    throw new Error(`${where}: @default(${fn.name}()) is not mapped in this test yet`);
  }
  if (Array.isArray(value)) {
    if (value.length > 0) throw new Error(`${where}: non-empty list defaults are not mapped in this test yet`);
    // PostgreSQL prints a default's type by its SQL name (integer), the catalogue by its udt (int4).
    const sqlName: Record<string, string> = { int4: 'integer', int8: 'bigint', bool: 'boolean' };
    const element = udt.replace(/^_/, '');
    return `ARRAY[]::${sqlName[element] ?? element}[]`;
  }
  if (field.kind === 'enum') return `${sqlString(String(value))}::"${field.type}"`;
  if (typeof value === 'string') return `${sqlString(value)}::text`;
  return String(value); // numbers and booleans
}

// ─────────────────────────── What the database has (catalog queries) ───────────────────────────

type Column = {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  datetime_precision: number | null;
};
type Index = {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  columns: string[];
  partial: boolean;
  expressions: boolean;
  method: string;
};
type ForeignKey = {
  table: string;
  name: string;
  columns: string[];
  target: string;
  target_columns: string[];
  on_delete: string;
  on_update: string;
};

const referentialAction: Record<string, string> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

describe('the migrated database matches prisma/schema.prisma', () => {
  let database: TestDatabase;
  let client: pg.Client;
  let columns: Column[];
  let tables: string[];
  let dbIndexes: Index[];
  let foreignKeys: ForeignKey[];
  let dbEnums: Map<string, string[]>;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    tables = (
      await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
      )
    ).rows.map((r) => r.table_name);
    columns = (
      await client.query<Column>(
        `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
                numeric_precision, numeric_scale, datetime_precision
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      )
    ).rows;
    dbIndexes = (
      await client.query<Index>(
        `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
                ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
                ix.indpred IS NOT NULL AS partial, ix.indexprs IS NOT NULL AS expressions, am.amname AS method
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_am am ON am.oid = i.relam
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         WHERE t.relname <> '_prisma_migrations'`,
      )
    ).rows;
    foreignKeys = (
      await client.query<ForeignKey>(
        `SELECT t.relname AS table, c.conname AS name, f.relname AS target,
                ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
                ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS target_columns,
                c.confdeltype AS on_delete, c.confupdtype AS on_update
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class f ON f.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         WHERE c.contype = 'f'`,
      )
    ).rows;
    dbEnums = new Map(
      (
        await client.query<{ name: string; values: string[] }>(
          `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
           FROM pg_type t
           JOIN pg_enum e ON e.enumtypid = t.oid
           JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
           GROUP BY t.typname`,
        )
      ).rows.map((r) => [r.name, r.values]),
    );
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it("has a table for every model and no other tables but search's own", () => {
    expect([...tables].sort(), 'tables of the public schema').toEqual(
      [...models.map((m) => m.name), ...SEARCH_TABLES].sort(),
    );
  });

  for (const model of models) {
    const scalarFields = model.fields.filter((f) => f.kind !== 'object');

    it(`${model.name}: a column of the right type, nullability and default for every field, and no other column`, () => {
      const own = columns.filter((c) => c.table_name === model.name);
      expect(own.length, `${model.name}: no table (or no columns)`).toBeGreaterThan(0);
      const extra = own.map((c) => c.column_name).filter((name) => !scalarFields.some((f) => f.name === name));
      expect(extra, `${model.name}: columns that are not fields of the model`).toEqual([]);

      for (const field of scalarFields) {
        const where = `${model.name}.${field.name}`;
        const column = own.find((c) => c.column_name === field.name);
        expect(column, `${where}: no column`).toBeDefined();
        if (!column) continue;
        const type = expectedType(where, field);
        expect(column.udt_name, `${where}: type`).toBe(type.udt);
        expect(column.data_type === 'ARRAY', `${where}: is an array column`).toBe(field.isList);
        if (type.precision !== undefined) {
          expect([column.numeric_precision, column.numeric_scale], `${where}: numeric precision and scale`).toEqual([
            type.precision,
            type.scale,
          ]);
        }
        if (type.datetimePrecision !== undefined) {
          expect(column.datetime_precision, `${where}: fractional-second precision`).toBe(type.datetimePrecision);
        }
        // Required list fields are NOT NULL too (stricter than `prisma migrate dev`, which leaves list
        // columns nullable; Prisma's own differ sees no drift either way).
        expect(column.is_nullable, `${where}: nullability`).toBe(field.isRequired ? 'NO' : 'YES');
        expect(column.column_default, `${where}: default`).toBe(expectedDefault(where, model.name, field, type.udt));
      }
    });

    it(`${model.name}: the primary key, unique indexes and indexes of the schema, under Prisma's names`, () => {
      const describeIndex = (name: string, kind: string, cols: string[]) => `${name}: ${kind} (${cols.join(', ')})`;
      const expected = indexes
        .filter((ix) => ix.model === model.name)
        .map((ix) => {
          const cols = ix.fields.map((f) => f.name);
          const suffix = ix.type === 'id' ? 'pkey' : ix.type === 'unique' ? 'key' : 'idx';
          return describeIndex(ix.dbName ?? prismaName(model.name, cols, suffix), ix.type, cols);
        })
        .sort();
      const own = dbIndexes.filter((ix) => ix.table === model.name && !SEARCH_INDEX.test(ix.name));
      const actual = own
        .map((ix) => describeIndex(ix.name, ix.primary ? 'id' : ix.unique ? 'unique' : 'normal', ix.columns))
        .sort();
      expect(actual, `${model.name}: indexes (name: kind (columns))`).toEqual(expected);
      for (const ix of own) {
        expect(
          { method: ix.method, partial: ix.partial, expressions: ix.expressions },
          `${model.name}: index ${ix.name} is a plain b-tree on columns`,
        ).toEqual({ method: 'btree', partial: false, expressions: false });
      }
    });

    it(`${model.name}: a foreign key with Prisma's name, target and actions for every relation`, () => {
      const describeKey = (
        name: string,
        cols: string[],
        target: string,
        targetCols: string[],
        del: string,
        upd: string,
      ) => `${name}: (${cols.join(', ')}) -> ${target}(${targetCols.join(', ')}) ON DELETE ${del} ON UPDATE ${upd}`;
      const expected = model.fields
        .filter((f) => f.kind === 'object' && f.relationFromFields && f.relationFromFields.length > 0)
        .map((f) => {
          const from = f.relationFromFields ?? [];
          // Prisma's defaults: Restrict for a required relation, SetNull for an optional one; Cascade on update.
          const onDelete = f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull');
          const onUpdate = f.relationOnUpdate ?? 'Cascade';
          return describeKey(
            prismaName(model.name, from, 'fkey'),
            from,
            f.type,
            f.relationToFields ?? [],
            onDelete,
            onUpdate,
          );
        })
        .sort();
      const actual = foreignKeys
        .filter((fk) => fk.table === model.name)
        .map((fk) =>
          describeKey(
            fk.name,
            fk.columns,
            fk.target,
            fk.target_columns,
            referentialAction[fk.on_delete] ?? fk.on_delete,
            referentialAction[fk.on_update] ?? fk.on_update,
          ),
        )
        .sort();
      expect(actual, `${model.name}: foreign keys`).toEqual(expected);
    });
  }

  for (const schemaEnum of enums) {
    it(`enum ${schemaEnum.name}: exists with exactly the schema's values, in order`, () => {
      expect(dbEnums.get(schemaEnum.dbName ?? schemaEnum.name), `enum ${schemaEnum.name}: values`).toEqual(
        schemaEnum.values.map((v) => v.dbName ?? v.name),
      );
    });
  }

  it("has search's n-gram GIN indexes, and no other index beyond Prisma's", () => {
    const search = dbIndexes.filter((ix) => SEARCH_INDEX.test(ix.name));
    expect(search.map((ix) => ix.table).sort()).toEqual(SEARCH_INDEXED_TABLES);
    for (const ix of search) {
      expect({ name: ix.name, method: ix.method, expressions: ix.expressions }).toEqual({
        name: `${ix.table}_search_idx`,
        method: 'gin',
        // On an expression of the record's texts, or on the stored n-grams of a source text.
        expressions: !SEARCH_TABLES.includes(ix.table),
      });
    }
  });

  it('has no enum type that the schema does not declare', () => {
    expect([...dbEnums.keys()].sort(), 'enum types of the public schema').toEqual(
      enums.map((e) => e.dbName ?? e.name).sort(),
    );
  });
});

describe('the migration runner', () => {
  const migrationsDir = path.join(process.cwd(), 'prisma', 'migrations');
  const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("keeps Prisma's migration layout: a lock file for postgresql and one migration.sql per folder", () => {
    expect(readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
    expect(migrationNames[0]).toBe('20261124000000_init');
    for (const name of migrationNames) expect(name, 'migration folder name').toMatch(/^\d{14}_[a-z0-9_]+$/);
  });

  it("records every migration in Prisma's _prisma_migrations table with the sha256 of its file", async () => {
    const rows = await database.db.$queryRaw<
      Array<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        rolled_back_at: Date | null;
        applied_steps_count: number;
      }>
    >`SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
      FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const name of migrationNames) {
      const row = rows.find((r) => r.migration_name === name);
      const fileChecksum = createHash('sha256')
        .update(readFileSync(path.join(migrationsDir, name, 'migration.sql')))
        .digest('hex');
      expect(row?.checksum, `${name}: checksum`).toBe(fileChecksum);
      expect(row?.finished_at, `${name}: finished`).not.toBeNull();
      expect(row?.rolled_back_at, `${name}: not rolled back`).toBeNull();
      expect(row?.applied_steps_count, `${name}: steps`).toBe(1);
    }
  });

  it('applies nothing when run a second time', async () => {
    const result = await migrateDatabase({ databaseUrl: database.url });
    expect(result).toEqual({ applied: [], alreadyApplied: migrationNames.length });
  });

  it('refuses to run when an applied migration was edited', async () => {
    const throwAway = await createTestDatabase();
    try {
      const pgClient = new pg.Client({ connectionString: throwAway.url });
      await pgClient.connect();
      try {
        const { rowCount } = await pgClient.query(
          `UPDATE "_prisma_migrations" SET checksum = repeat('0', 64) WHERE migration_name = '20261124000000_init'`,
        );
        expect(rowCount).toBe(1);
      } finally {
        await pgClient.end();
      }
      await expect(migrateDatabase({ databaseUrl: throwAway.url })).rejects.toThrow(/20261124000000_init was edited/);
    } finally {
      await throwAway.drop();
    }
  });
});
