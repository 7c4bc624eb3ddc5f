// The public front against a real HTTP upstream standing in for Next.js: what it changes, what it
// keeps and for how long, and what it passes through untouched.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cache-control';
import { PAGE_UNAVAILABLE_HTML } from '@/lib/http/public-html';
import { createPublicFront } from './public-front';

const NEXT_PAGE = (text: string) =>
  `<!DOCTYPE html><html><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/>` +
  `<script src="/_next/static/chunks/a.js" async=""></script></head><body><p>${text}</p>` +
  `<script type="application/ld+json">{"@type":"Dataset"}</script>` +
  `<script>self.__next_f.push([1,"payload"])</script>${' '.repeat(2_000)}</body></html>`;
const ERROR_SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>x</script></body></html>';

let upstream: http.Server;
let front: http.Server;
let base: string;
let revalidation: number | null = 0;
const requests: IncomingMessage[] = [];
let answer: (request: IncomingMessage, response: ServerResponse) => void;
// A publish that lands while the upstream renders.
let duringRender: () => void = () => undefined;

async function listen(server: http.Server) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  upstream = http.createServer((request, response) => {
    requests.push(request);
    duringRender();
    if (request.url === '/--not-found--') {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      return void response.end(NEXT_PAGE('页面不存在 (the site’s own)'));
    }
    answer(request, response);
  });
  const upstreamPort = await listen(upstream);
  const { handle, upgrade } = createPublicFront({
    upstream: { host: '127.0.0.1', port: upstreamPort },
    lastRevalidation: async () => revalidation,
  });
  front = http.createServer((request, response) => void handle(request, response));
  front.on('upgrade', upgrade);
  base = `http://127.0.0.1:${await listen(front)}`;
});

afterAll(async () => {
  front.closeAllConnections();
  upstream.closeAllConnections();
  await new Promise((resolve) => front.close(resolve));
  await new Promise((resolve) => upstream.close(resolve));
});

beforeEach(() => {
  requests.length = 0;
  revalidation = Date.now();
  duringRender = () => undefined;
  answer = (request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'x-nextjs-cache': 'HIT',
      'cache-control': 's-maxage=31536000',
    });
    response.end(NEXT_PAGE(`page ${request.url}`));
  };
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe('public pages', () => {
  it('lose their client scripts, keep structured data, and get an ETag, gzip and a public Cache-Control', async () => {
    const response = await get('/topics/economy', { 'accept-encoding': 'gzip' });
    const html = await response.text();
    expect(html).toContain('<p>page /topics/economy</p>');
    expect(html).toContain('application/ld+json');
    expect(html).not.toMatch(/<script(?![^>]*ld\+json)|as="script"/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(response.headers.get('x-nextjs-cache')).toBeNull();
    // The upstream was asked for plain bytes: compression happens after the scripts are gone.
    expect(requests[0]!.headers['accept-encoding']).toBeUndefined();

    const again = await get('/topics/economy', { 'if-none-match': response.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('are kept by whole URL, query included, and answered without the upstream until a publish', async () => {
    const first = await get('/projects?page=2');
    expect(first.headers.get('x-page-cache')).toBe('miss');
    const second = await get('/projects?page=2');
    expect(second.headers.get('x-page-cache')).toBe('hit');
    expect(await second.text()).toBe(await first.text());
    await get('/projects?page=3');
    expect(requests.map((request) => request.url)).toEqual(['/projects?page=2', '/projects?page=3']);

    revalidation = revalidation! + 1; // a publish, on this server or another
    const after = await get('/projects?page=2');
    expect(after.headers.get('x-page-cache')).toBe('miss');
    expect(requests).toHaveLength(3);
  });

  it('keep nothing that began rendering before a publish, and tell shared caches not to store it', async () => {
    duringRender = () => void (revalidation = revalidation! + 1);
    const first = await get('/search?q=德阳');
    expect(first.headers.get('cache-control')).toBe('no-store');
    duringRender = () => undefined;
    await get('/search?q=德阳');
    expect(requests).toHaveLength(2);
  });

  it('are neither kept nor answered from memory when the last publish is unknown (Redis unreachable)', async () => {
    revalidation = null;
    await get('/topics/finance');
    const again = await get('/topics/finance');
    expect(again.headers.get('x-page-cache')).toBeNull();
    expect(requests).toHaveLength(2);
  });

  it('are rendered afresh for a signed-in user, whose request is never kept', async () => {
    const cookie = { cookie: 'next-auth.session-token=abc' };
    expect((await get('/agreements', cookie)).headers.get('cache-control')).toBe('private, no-cache');
    await get('/agreements', cookie);
    await get('/agreements');
    expect(requests).toHaveLength(3);
    expect((await get('/agreements')).headers.get('x-page-cache')).toBe('hit');
  });

  it('become a readable page when the upstream fails or sends its empty error shell', async () => {
    answer = (_request, response) => {
      response.writeHead(500, { 'content-type': 'text/html; charset=utf-8' });
      response.end(ERROR_SHELL);
    };
    const failed = await get('/topics/economy');
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe(PAGE_UNAVAILABLE_HTML);
    expect(failed.headers.get('cache-control')).toBe('no-store');

    answer = (_request, response) => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(ERROR_SHELL);
    };
    const missing = await get('/projects/no-such-project');
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(html).toContain('页面不存在 (the site’s own)');
    expect(html).not.toContain('<script>');
  });
});

describe('everything else', () => {
  it('passes through as the upstream sent it: admin pages, server actions, assets', async () => {
    answer = (request, response) => {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'x-seen': String(request.headers['accept-encoding']),
      });
      request.pipe(response);
    };
    const admin = await fetch(`${base}/admin/projects`, {
      method: 'POST',
      headers: { 'accept-encoding': 'gzip', 'next-action': 'abc' },
      body: '<script>kept</script>',
    });
    expect(await admin.text()).toBe('<script>kept</script>');
    expect(admin.headers.get('x-seen')).toBe('gzip');
    expect(admin.headers.get('cache-control')).toBeNull();
    await get('/admin/projects');
    await get('/admin/projects');
    expect(requests).toHaveLength(3);
  });

  it('keeps public API resources and downloads like pages, compressed, but leaves their bodies alone', async () => {
    const json = JSON.stringify({ data: Array.from({ length: 200 }, (_, i) => ({ id: i, note: '<script>' })) });
    answer = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(json);
    };
    const first = await get('/api/v1/metrics/gdp', { 'accept-encoding': 'gzip' });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(await first.text()).toBe(json);
    const raw = await new Promise<Buffer>((resolve) =>
      http.get(`${base}/api/v1/metrics/gdp`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
      }),
    );
    expect(gunzipSync(raw).toString()).toBe(json);
    expect(requests).toHaveLength(1);
  });

  it('answers 502 with a readable page when the upstream cannot be reached', async () => {
    const { handle } = createPublicFront({ upstream: { host: '127.0.0.1', port: 1 }, lastRevalidation: async () => 0 });
    const lonely = http.createServer((request, response) => void handle(request, response));
    const port = await listen(lonely);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/topics/economy`);
      expect(response.status).toBe(502);
      expect(await response.text()).toBe(PAGE_UNAVAILABLE_HTML);
    } finally {
      lonely.close();
    }
  });
});
