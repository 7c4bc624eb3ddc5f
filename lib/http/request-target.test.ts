import { describe, expect, it } from 'vitest';
import { isUnreadableTarget } from './request-target';

describe('isUnreadableTarget', () => {
  it('refuses broken percent-encoding and control characters in the path', () => {
    for (const target of ['/sources/a%ff', '/sources/%00', '/metrics/a%00', '/%E4%B8', '/x%0a', '/a%7Fb']) {
      expect(isUnreadableTarget(target), target).toBe(true);
    }
  });

  it('lets ordinary addresses through, Chinese and query strings included', () => {
    for (const target of [
      '/',
      '/sources/jiangbei-yearbook-2020',
      '/search?q=%E5%BE%B7%E9%98%B3',
      '/search?q=%ff',
      '/%E5%BE%B7',
    ]) {
      expect(isUnreadableTarget(target), target).toBe(false);
    }
  });
});
