// Runs `prisma generate` on machines without Prisma's native schema engine (offline installs):
// generate itself only needs WebAssembly, but the CLI insists on the engine binary existing, so
// point it at a stub that explains itself if anything ever runs it.
// Plain .mjs because it runs from `postinstall`, before TypeScript tooling is guaranteed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const enginesDir = path.join('node_modules', '@prisma', 'engines');
const hasRealEngine =
  existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith('schema-engine'));
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
if (!hasRealEngine && !env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = path.resolve('scripts/prisma/no-schema-engine.sh');
}
const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
