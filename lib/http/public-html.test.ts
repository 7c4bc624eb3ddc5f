import { describe, expect, it } from 'vitest';
import { isClientRenderedErrorShell, isPublicPageRequest, withoutClientScripts } from './public-html';

describe('isPublicPageRequest', () => {
  it('takes GETs of reader pages, with or without a query', () => {
    for (const url of ['/', '/topics/economy', '/sources/x#cite-1', '/projects?topic=finance', '/search?q=德阳']) {
      expect(isPublicPageRequest('GET', url, {}), url).toBe(true);
    }
  });

  it('leaves the admin area, sign-in, APIs, assets, files and downloads alone', () => {
    for (const url of [
      '/admin',
      '/admin/users',
      '/sign-in',
      '/api/v1/topics',
      '/_next/static/a.js',
      '/robots.txt',
      '/data/metrics/gdp.csv',
      '/changes/feed.xml',
    ]) {
      expect(isPublicPageRequest('GET', url, {}), url).toBe(false);
    }
  });

  it("leaves other methods and the client router's own requests alone", () => {
    expect(isPublicPageRequest('POST', '/', {})).toBe(false);
    expect(isPublicPageRequest('HEAD', '/', {})).toBe(false);
    expect(isPublicPageRequest('GET', '/', { rsc: '1' })).toBe(false);
    expect(isPublicPageRequest('GET', '/', { 'next-router-prefetch': '1' })).toBe(false);
    expect(isPublicPageRequest('GET', '/', { 'next-action': 'abc' })).toBe(false);
  });
});

describe('withoutClientScripts', () => {
  const page = [
    '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
    '<script src="/_next/static/chunks/b.js" async=""></script>',
    '<script type="application/ld+json">{"@type":"Dataset","name":"地区生产总值"}</script></head>',
    '<body><p>GDP 1325 亿元</p><script>self.__next_f.push([1,"<p>"])</script>',
    '<script id="_R_">(self.__next_s=self.__next_s||[]).push([0,{}])</script></body></html>',
  ].join('');

  it('removes Next.js scripts and script preloads, keeping content, styles and JSON-LD', () => {
    const stripped = withoutClientScripts(page);
    expect(stripped).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(stripped).not.toContain('as="script"');
    expect(stripped).not.toContain('modulepreload');
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"Dataset","name":"地区生产总值"}</script>');
    expect(stripped).toContain('<p>GDP 1325 亿元</p>');
  });
});

describe('isClientRenderedErrorShell', () => {
  it("recognises Next.js's empty error document, not a page that merely mentions it", () => {
    expect(
      isClientRenderedErrorShell('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>'),
    ).toBe(true);
    expect(
      isClientRenderedErrorShell('<!DOCTYPE html><html lang="zh-CN"><body><p>__next_error__</p></body></html>'),
    ).toBe(false);
  });
});
