import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { purgeFrontendCaches } from './frontend-caches';

let cache: http.Server;
let url: string;
const received: Array<{ method?: string; url?: string }> = [];

beforeAll(async () => {
  cache = http.createServer((request, response) => {
    received.push({ method: request.method, url: request.url });
    response.writeHead(request.url === '/refuse' ? 403 : 200).end();
  });
  await new Promise<void>((resolve) => cache.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(cache.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => cache.close(resolve)));

describe('purgeFrontendCaches', () => {
  it('sends PURGE to every configured cache and names those that did not confirm, without throwing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = await purgeFrontendCaches([`${url}/`, `${url}/refuse`, 'http://127.0.0.1:1/']);
    expect(received).toEqual([
      { method: 'PURGE', url: '/' },
      { method: 'PURGE', url: '/refuse' },
    ]);
    expect(failed).toEqual([`${url}/refuse`, 'http://127.0.0.1:1/']);
    expect(errors).toHaveBeenCalledTimes(2);
    errors.mockRestore();
  });

  it('reads FRONTEND_CACHE_URLS, comma-separated, and does nothing when it is unset', async () => {
    received.length = 0;
    delete process.env.FRONTEND_CACHE_URLS;
    expect(await purgeFrontendCaches()).toEqual([]);
    process.env.FRONTEND_CACHE_URLS = ` ${url}/a , ${url}/b `;
    try {
      expect(await purgeFrontendCaches()).toEqual([]);
    } finally {
      delete process.env.FRONTEND_CACHE_URLS;
    }
    expect(received.map((request) => request.url).sort()).toEqual(['/a', '/b']);
  });
});
