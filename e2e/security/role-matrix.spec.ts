// Checklist 2: every admin page × every role, side views included (history, audit, user admin,
// source import). Allowed cells answer 200; refused ones a 403 page, or sign-in for anonymous.
import { expect, request, test } from '@playwright/test';
import type { Role } from '@/lib/generated/prisma/enums';
import { e2eDatabase } from '../helpers/database';
import { signedInAs } from '../helpers/session';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

type Who = Role | 'ANONYMOUS';
const everyone: Who[] = ['ADMIN', 'EDITOR', 'REVIEWER'];

test('each role opens exactly the admin pages it may', async ({ browser, baseURL }) => {
  const metric = await db.metric.findUniqueOrThrow({ where: { slug: 'gdp' } });
  const source = await db.sourceDocument.findUniqueOrThrow({ where: { slug: 'jiangbei-yearbook-2020' } });
  const pages: Array<[string, Who[]]> = [
    ['/admin', everyone],
    ['/admin/changes', everyone],
    ['/admin/security', everyone],
    [`/admin/history/metrics/${metric.id}`, everyone],
    ['/admin/metrics', ['ADMIN', 'EDITOR']],
    ['/admin/metrics/new', ['ADMIN', 'EDITOR']],
    [`/admin/metrics/${metric.id}/edit`, ['ADMIN', 'EDITOR']],
    [`/admin/metrics/${metric.id}/observations/new`, ['ADMIN', 'EDITOR']],
    ['/admin/agreements', ['ADMIN', 'EDITOR']],
    // Reviewers read every source text they may approve; only editors import.
    ['/admin/sources', everyone],
    ['/admin/sources/new', ['ADMIN', 'EDITOR']],
    [`/admin/sources/${source.id}`, everyone],
    [`/admin/sources/${source.id}/versions/1`, everyone],
    ['/admin/review', ['ADMIN', 'REVIEWER']],
    ['/admin/users', ['ADMIN']],
    ['/admin/audit', ['ADMIN']],
  ];
  const clients: Record<Who, { get: (path: string) => Promise<{ status: number; url: string }> }> = {
    ANONYMOUS: await (async () => {
      const anonymous = await request.newContext({ baseURL });
      return {
        get: async (path) => {
          const response = await anonymous.get(path);
          return { status: response.status(), url: response.url() };
        },
      };
    })(),
    ...(Object.fromEntries(
      await Promise.all(
        everyone.map(async (role) => {
          const page = await signedInAs(browser, db, role as Role, `矩阵${role}`);
          return [
            role,
            {
              get: async (path: string) => {
                const response = await page.request.get(path);
                return { status: response.status(), url: response.url() };
              },
            },
          ];
        }),
      ),
    ) as Record<Role, { get: (path: string) => Promise<{ status: number; url: string }> }>),
  };
  const mismatches: string[] = [];
  for (const [path, allowed] of pages) {
    for (const who of ['ANONYMOUS', ...everyone] as Who[]) {
      const { status, url } = await clients[who].get(path);
      const ok = status === 200 && !url.includes('/sign-in');
      const expected = allowed.includes(who);
      if (ok !== expected) mismatches.push(`${who} ${path}: ${status} ${url}`);
      if (!expected && who !== 'ANONYMOUS' && status !== 403)
        mismatches.push(`${who} ${path}: expected 403, got ${status}`);
      if (who === 'ANONYMOUS' && !url.includes('/sign-in')) mismatches.push(`ANONYMOUS ${path}: not sent to sign-in`);
    }
  }
  expect(mismatches).toEqual([]);
});
