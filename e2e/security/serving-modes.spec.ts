// Checklist item 29: served every way the README mentions (`npm start`, plain `next start`, behind
// a proxy), a client-sent peer-address header or X-Forwarded-For beyond the trusted hops never
// changes the address that sign-in throttling and the audit log record. And under plain
// `next start`, a malformed address still answers 4xx, not a bare 500.
import { randomBytes } from 'node:crypto';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { PEER_ADDRESS_HEADER, PEER_PROOF_HEADER } from '@/lib/http/peer-address';
import { startSite, type Site } from '../../scripts/lib/site';
import { e2eDatabase } from '../helpers/database';

const db = e2eDatabase();

test.afterAll(async () => {
  await db.$disconnect();
});

const forged = {
  [PEER_ADDRESS_HEADER]: '6.6.6.6',
  [PEER_PROOF_HEADER]: 'a'.repeat(64),
  'x-forwarded-for': '7.7.7.7, 198.51.100.7',
};

/** One failed sign-in with forged address headers; returns the address the database recorded. */
async function recordedAddress(client: APIRequestContext): Promise<string> {
  const email = `nobody-${randomBytes(4).toString('hex')}@e2e.local`;
  const { csrfToken } = (await (await client.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await client.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password: 'wrong password', json: 'true' },
    headers: forged,
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  const attempt = await db.signInAttempt.findFirstOrThrow({ where: { emailKey: email } });
  await db.signInAttempt.deleteMany({ where: { emailKey: email } });
  return attempt.address;
}

test('npm start (the server under test): the socket address, whatever the client sends', async ({ request }) => {
  expect(await recordedAddress(request)).toBe('127.0.0.1');
});

// Finding 10 of the outside review: TRACE and a foreign-Origin server action answered 500.
test('npm start refuses TRACE with 405 and a server action from another site with 403, X-Forwarded-Host or not', async ({
  request,
  baseURL,
}) => {
  const trace = await request.fetch('/', { method: 'TRACE' });
  expect(trace.status()).toBe(405);
  expect(trace.headers().allow).toBe('GET, HEAD, POST, OPTIONS');
  const foreignOrigins: Array<Record<string, string>> = [
    { origin: 'https://evil.example' },
    { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' },
  ];
  for (const headers of foreignOrigins) {
    const action = await request.post('/admin/changes', {
      headers: { ...headers, 'next-action': '0'.repeat(40), 'content-type': 'text/plain;charset=UTF-8' },
      data: '[]',
    });
    expect(action.status()).toBe(403);
    expect(await action.text()).toContain('只能从本网站的页面提交');
  }
  // The same request from the site's own origin is not refused by that rule.
  const own = await request.post('/admin/changes', {
    headers: {
      origin: new URL(baseURL!).origin,
      'next-action': '0'.repeat(40),
      'content-type': 'text/plain;charset=UTF-8',
    },
    data: '[]',
  });
  expect(own.status()).not.toBe(403);
});

test('plain next start, alone and behind one trusted proxy: never a client-chosen address; bad addresses get 400', async () => {
  test.setTimeout(240_000);
  const sites: Site[] = [];
  try {
    const databaseUrl = process.env.E2E_DATABASE_URL!;
    const [alone, proxied] = await Promise.all([
      startSite('next start', databaseUrl, {}, 'next start'),
      startSite('next start behind a proxy', databaseUrl, { TRUSTED_PROXY_HOPS: '1' }, 'next start'),
    ]);
    sites.push(alone, proxied);
    const client = async (site: Site) => playwrightRequest.newContext({ baseURL: site.url });
    // Next.js cannot tell the app the TCP peer: without a trusted proxy the address is unknown.
    expect(await recordedAddress(await client(alone))).toBe('unknown');
    // Behind one trusted proxy: the entry that proxy appended, not the client's.
    expect(await recordedAddress(await client(proxied))).toBe('198.51.100.7');

    for (const path of ['/sources/a%ff', '/sources/%00', '/metrics/a%00']) {
      const response = await fetch(`${alone.url}${path}`);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expect(await response.text(), path).not.toMatch(/at .+\.js:\d+|Error:/);
    }
  } finally {
    for (const site of sites) await site.stop();
  }
});
