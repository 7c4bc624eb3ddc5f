import { describe, expect, it } from 'vitest';
import { refuseRequest } from './request-guard';

const request = (method: string, headers: Record<string, string> = {}, url = '/') => ({
  method,
  url,
  headers: { host: 'cms.example', ...headers },
});

describe('refuseRequest', () => {
  it('lets ordinary requests and same-site actions through', () => {
    expect(refuseRequest(request('GET'))).toBeNull();
    expect(refuseRequest(request('HEAD', {}, '/sources/jiangbei?q=%E6%B1%9F'))).toBeNull();
    expect(refuseRequest(request('POST', { 'next-action': 'abc', origin: 'https://cms.example' }))).toBeNull();
    // A form post without an Origin header (older clients) is left to Next.js's own checks.
    expect(refuseRequest(request('POST', { 'next-action': 'abc' }))).toBeNull();
  });

  it('answers 400 for an address no page can answer', () => {
    expect(refuseRequest(request('GET', {}, '/sources/a%ff'))?.status).toBe(400);
    expect(refuseRequest(request('GET', {}, '/metrics/a%00'))?.status).toBe(400);
  });

  it('answers 405 with Allow for TRACE and other methods the site does not serve', () => {
    for (const method of ['TRACE', 'TRACK', 'CONNECT', 'PROPFIND', 'DELETE']) {
      const refusal = refuseRequest(request(method));
      expect(refusal?.status, method).toBe(405);
      expect(refusal?.headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    }
  });

  it('answers 403 for a server action posted from another site, whatever X-Forwarded-Host says', () => {
    for (const origin of [
      'https://evil.example',
      'https://cms.example.evil.example',
      'null',
      'https://cms.example:444',
    ]) {
      const refusal = refuseRequest(
        request('POST', { 'next-action': 'abc', origin, 'x-forwarded-host': 'evil.example' }),
      );
      expect(refusal?.status, origin).toBe(403);
      expect(refusal?.body).toContain('只能从本网站的页面提交');
    }
  });

  it('behind a trusted proxy, takes the site host from X-Forwarded-Host (a load balancer in front of several servers)', () => {
    const action = { 'next-action': 'abc', origin: 'https://public.example', 'x-forwarded-host': 'public.example' };
    expect(refuseRequest(request('POST', action), 1)).toBeNull();
    expect(refuseRequest(request('POST', action), 0)?.status).toBe(403);
    expect(refuseRequest(request('POST', { ...action, origin: 'https://evil.example' }), 1)?.status).toBe(403);
  });
});
