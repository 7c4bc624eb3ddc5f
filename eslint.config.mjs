import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Layer boundaries (ARCHITECTURE.md, "Layers"); tests/lint-boundaries.test.ts plants a breach of each.
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./app', './components'],
              from: ['./lib/db.ts', './lib/db'],
              message: 'Pages and components never touch the database: read through lib/admin or lib/public.',
            },
            {
              target: './components',
              from: './app',
              message: 'Components take server actions as props or import them from lib/actions.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/generated/prisma/client', '**/lib/generated/prisma/client'],
              allowTypeImports: true,
              message: 'Pages and components import Prisma types only (or enums from lib/generated/prisma/enums).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx,js}'],
    // A unit test may render a component (lib/share renders the chart); the layer itself may not.
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib',
              from: ['./app', './components'],
              message: 'lib/ is below app/ and components/ and never imports them.',
            },
          ],
        },
      ],
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // CommonJS by necessity: Node loads these for Next.js before any TypeScript tooling.
    files: ['next.config.js', 'lib/http/security-headers.js', 'lib/cache/page-cache-handler.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    ignores: [
      'lib/generated/**',
      '.next/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.data/**',
      'next-env.d.ts',
    ],
  },
];

export default config;
