import { defineConfig } from 'prisma/config';

// The CLI is used only for `prisma generate` (and `validate`/`format`); migrations are applied by
// scripts/db/migrate.ts because Prisma's schema engine cannot be downloaded on offline machines.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unused' },
});
