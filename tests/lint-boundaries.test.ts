// `npm run lint` enforces the layer boundaries (ARCHITECTURE.md, "Layers"): each rule is shown
// failing on a planted forbidden import, and the imports the layers are meant to use pass.
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const eslint = new ESLint({ cwd: root });

const planted = `planted-${randomBytes(4).toString('hex')}`;
const messagesOf = (results: ESLint.LintResult[]) =>
  results.flatMap((r) => r.messages.map((m) => ({ rule: m.ruleId, message: m.message })));

/** Lints code as if it were the file at filePath; in lib/ (where import/no-cycle reads files) it is written there briefly. */
async function problems(filePath: string, code: string) {
  if (!filePath.startsWith('lib/'))
    return messagesOf(await eslint.lintText(code, { filePath: path.join(root, filePath) }));
  const file = path.join(root, filePath);
  await writeFile(file, code);
  try {
    return messagesOf(await eslint.lintFiles([file]));
  } finally {
    await rm(file, { force: true });
  }
}

async function expectRefused(filePath: string, code: string, rule: string, because: string) {
  const found = await problems(filePath, code);
  console.info(`${filePath}: ${found.map((p) => `${p.rule}: ${p.message}`).join(' | ')}`);
  expect(found).toEqual([{ rule, message: expect.stringContaining(because) }]);
}

describe('layer boundaries', { timeout: 60_000 }, () => {
  it('refuses the database in components and pages', async () => {
    await expectRefused(
      'components/planted.tsx',
      "import { db } from '@/lib/db';\nexport const leak = db;\n",
      'import/no-restricted-paths',
      'Pages and components never touch the database',
    );
    await expectRefused(
      'app/(admin)/admin/planted/page.tsx',
      "import { createPrismaClient } from '@/lib/db/client';\nexport const leak = createPrismaClient;\n",
      'import/no-restricted-paths',
      'Pages and components never touch the database',
    );
  });

  it('refuses Prisma values in components, but not its types', async () => {
    await expectRefused(
      'components/planted.tsx',
      "import { Prisma } from '@/lib/generated/prisma/client';\nexport const leak = Prisma;\n",
      '@typescript-eslint/no-restricted-imports',
      'Pages and components import Prisma types only',
    );
  });

  it('refuses server actions imported from app/ into components', async () => {
    await expectRefused(
      'components/admin/planted.tsx',
      "import AdminHome from '@/app/(admin)/admin/page';\nexport const leak = AdminHome;\n",
      'import/no-restricted-paths',
      'import them from lib/actions',
    );
  });

  it('refuses app/ and components/ in lib/', async () => {
    await expectRefused(
      `lib/${planted}.ts`,
      "import { MetricChart } from '@/components/metric-chart';\nexport const leak = MetricChart;\n",
      'import/no-restricted-paths',
      'lib/ is below app/ and components/',
    );
  });

  describe('import cycles in lib/', () => {
    const name = `${planted}-cycle`;
    const files = ['a', 'b'].map((side) => path.join(root, 'lib', `${name}-${side}.ts`));
    afterAll(() => Promise.all(files.map((file) => rm(file, { force: true }))));

    it('refuses two modules that import each other', async () => {
      await writeFile(files[0]!, `import { b } from './${name}-b';\nexport const a = () => b;\n`);
      await writeFile(files[1]!, `import { a } from './${name}-a';\nexport const b = () => a;\n`);
      const found = messagesOf(await eslint.lintFiles(files));
      console.info(`lib/${name}-{a,b}.ts: ${found.map((p) => `${p.rule}: ${p.message}`).join(' | ')}`);
      expect(found).toEqual([
        { rule: 'import/no-cycle', message: expect.stringContaining('Dependency cycle') },
        { rule: 'import/no-cycle', message: expect.stringContaining('Dependency cycle') },
      ]);
    });
  });

  it('passes the imports each layer is meant to use', async () => {
    const component = [
      "import type { Prisma } from '@/lib/generated/prisma/client';",
      "import { RecordType } from '@/lib/generated/prisma/enums';",
      "import { saveChangeAction } from '@/lib/actions/changes';",
      'export type Where = Prisma.ChangeWhereInput;',
      'export const uses = [RecordType.METRIC, saveChangeAction];',
    ].join('\n');
    expect(await problems('components/admin/planted.tsx', `'use client';\n${component}\n`)).toEqual([]);
    expect(await problems('app/(admin)/admin/planted/page.tsx', component)).toEqual([]);
    expect(
      await problems(
        `lib/${planted}.ts`,
        "import { db } from '@/lib/db';\nexport const count = () => db.change.count();\n",
      ),
    ).toEqual([]);
    // A unit test in lib/ may render a component; the layer itself may not.
    expect(
      await problems(
        `lib/${planted}.test.ts`,
        "import { MetricChart } from '@/components/metric-chart';\nexport const chart = MetricChart;\n",
      ),
    ).toEqual([]);
  });
});
