import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeRedirectPath('/admin/changes?page=2#top', '/admin')).toBe('/admin/changes?page=2#top');
    expect(safeRedirectPath('/admin/metrics/1/edit', '/admin')).toBe('/admin/metrics/1/edit');
    expect(safeRedirectPath('/sources/jiangbei-yearbook-2020?q=%E6%B1%9F', '/admin')).toBe(
      '/sources/jiangbei-yearbook-2020?q=%E6%B1%9F',
    );
  });

  // The classic bypasses: each would leave the site in some browser or after one more decoding.
  const bypasses = [
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example/x',
    '/\t/evil.example/x',
    '/\n/evil.example/x',
    '/\r/evil.example',
    '/%5Cevil.example/x',
    '/%5cevil.example/x',
    '/%2F%2Fevil.example',
    '/%2fevil.example',
    '/%252F%252Fevil.example',
    '/%09/evil.example',
    '/%0a/evil.example',
    '/%00',
    'https://evil.example/x',
    'http:evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'evil.example',
    ' /\\evil.example',
    '/\u0000/evil.example',
    '',
    undefined,
    null,
  ];
  it.each(bypasses.map((value) => [JSON.stringify(value), value]))('refuses %s', (_label, value) => {
    expect(safeRedirectPath(value, '/admin')).toBe('/admin');
  });
});
